import Foundation
import RegistryCore
import RegistryServer
import RegistryStore

/// What the `user` commands share: the administrator who acts and reading a new password.
enum AccountAdministrator {
    /// The person at the terminal ($OXLABEL_ACTOR, or the login name), acting as admin.
    static func actor() throws -> Actor {
        let environment = ProcessInfo.processInfo.environment
        return try Actor(name: environment["OXLABEL_ACTOR"] ?? ProcessInfo.processInfo.userName, role: .admin)
    }

    /// Reads a new password (twice at a terminal, else the first line of standard input), checks it
    /// and returns its bcrypt hash.
    static func newPasswordHash(fromStandardInput: Bool) async throws -> String {
        let password: String
        if !fromStandardInput && isatty(STDIN_FILENO) == 1 {
            let first = String(cString: getpass("密码 Password: "))
            let second = String(cString: getpass("再输入一次 Again: "))
            guard first == second else {
                throw FieldError.invalid(field: StaffPassword.field, chinese: "两次输入不一致", english: "the two entries differ")
            }
            password = first
        } else {
            password = readLine(strippingNewline: true) ?? ""
        }
        let settings = ConsoleSettings()
        return try await StaffPassword.hash(try StaffPassword.validated(password, policy: settings.policy), cost: settings.passwordCost)
    }
}
