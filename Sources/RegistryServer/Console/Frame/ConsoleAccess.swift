import RegistryCore
import RegistryStore

/// Who may open a console route: anyone signed in, holders of a role that permits an action (or any
/// of several), or holders of one of some roles.
enum ConsoleAccess: Sendable {
    case signedIn
    case action(RegistryAction)
    case anyAction([RegistryAction])
    case roles(Set<Role>)

    func allows(_ account: StaffAccount) -> Bool {
        switch self {
        case .signedIn: true
        case .action(let action): account.permits(action)
        case .anyAction(let actions): actions.contains(where: account.permits)
        case .roles(let roles): account.roles.contains(where: roles.contains)
        }
    }
}
