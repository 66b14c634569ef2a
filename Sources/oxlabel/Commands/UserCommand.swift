import ArgumentParser
import Foundation
import RegistryCore
import RegistryServer
import RegistryStore

/// `oxlabel user …`: the staff accounts of the console. Changes are recorded in the audit trail as
/// the administrator at the terminal ($OXLABEL_ACTOR, or the login name) acting as admin.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage the staff accounts of the web console (/console).",
        subcommands: [Add.self, List.self, Passwd.self, Unlock.self, Disable.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a staff account with one or more roles.",
            discussion: """
            The password is asked for twice at a terminal, or read from the first line of standard input
            (always with --password-stdin). At least \(ConsolePolicy().minimumPasswordLength) characters.
            Example: echo 'long password' | oxlabel user add 王芳 --role clerk --password-stdin
            Roles: \(Role.allCases.map { "\($0.rawValue) (\($0.chinese))" }.joined(separator: ", "))
            """)
        @OptionGroup var options: RegistryOptions
        @Argument(help: "The account name, shown in the audit trail (e.g. the person's name).") var name: String
        @Option(name: .customLong("role"), help: "A role; repeat for several.") var roles: [Role] = []
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false

        func run() async throws {
            guard !roles.isEmpty else { throw CLIError.missingOption("--role") }
            let hash = try await AccountAdministrator.newPasswordHash(fromStandardInput: passwordStdin)
            let actor = try AccountAdministrator.actor()
            let account = try options.openRegistry().write { try $0.addAccount(name: name, roles: Set(roles), passwordHash: hash, by: actor) }
            try options.emit(AccountListing(account, now: Date()),
                             text: "已创建账号 account created: \(account.name)（\(account.roles.map(\.chinese).joined(separator: "、"))）")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the staff accounts.", discussion: "Example: oxlabel user list")
        @OptionGroup var options: RegistryOptions

        func run() throws {
            let registry = try options.openRegistry()
            let now = registry.configuration.clock()
            let accounts = try registry.read { try $0.accounts() }.map { AccountListing($0, now: now) }
            try options.emit(accounts, text: Table.render(
                header: ["用户名", "角色", "状态"],
                rows: accounts.map { [$0.name, $0.roles.compactMap { Role(rawValue: $0)?.chinese }.joined(separator: "、"), $0.statusText] }))
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a new password for an account; its sessions end.",
            discussion: "Example: echo 'new long password' | oxlabel user passwd 王芳 --password-stdin")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "The account name.") var name: String
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false

        func run() async throws {
            let registry = try options.openRegistry()
            let hash = try await AccountAdministrator.newPasswordHash(fromStandardInput: passwordStdin)
            let actor = try AccountAdministrator.actor()
            try registry.write { try $0.setPassword(of: name, hash: hash, by: actor) }
            print("已更改密码 password changed: \(name)")
        }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lift a lock-out after failed logins.", discussion: "Example: oxlabel user unlock 王芳")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "The account name.") var name: String

        func run() throws {
            let actor = try AccountAdministrator.actor()
            try options.openRegistry().write { try $0.unlockAccount(name, by: actor) }
            print("已解锁 unlocked: \(name)")
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disable an account for good: no more logins, its sessions end; its history stays.",
            discussion: "Example: oxlabel user disable 王芳")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "The account name.") var name: String

        func run() throws {
            let actor = try AccountAdministrator.actor()
            try options.openRegistry().write { try $0.disableAccount(name, by: actor) }
            print("已停用 disabled: \(name)")
        }
    }
}

/// An account as `user list` prints it; never the password hash.
struct AccountListing: Encodable {
    let name: String
    let roles: [String]
    let disabled: Bool
    let lockedUntil: Date?

    init(_ account: StaffAccount, now: Date) {
        name = account.name
        roles = account.roles.map(\.rawValue)
        disabled = account.disabled
        lockedUntil = account.isLocked(at: now) ? account.lockedUntil : nil
    }

    var statusText: String {
        if disabled { return "已停用" }
        if lockedUntil != nil { return "已锁定" }
        return "正常"
    }
}
