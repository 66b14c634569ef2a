import ArgumentParser
import Foundation
import RegistryCore

/// Who acts: every command that changes the registry names a person and the role they act in.
struct ActorOptions: ParsableArguments {
    @Option(help: "Who acts (default: $OXLABEL_ACTOR).")
    var actor: String?

    @Option(help: "The role acted in: \(Role.allCases.map(\.rawValue).joined(separator: ", ")) (default: $OXLABEL_ROLE).")
    var role: String?

    /// The acting person, or a clear error naming what is missing.
    func resolve() throws -> Actor {
        let environment = ProcessInfo.processInfo.environment
        guard let name = actor ?? environment["OXLABEL_ACTOR"] else { throw CLIError.missingOption("--actor") }
        guard let roleName = role ?? environment["OXLABEL_ROLE"] else { throw CLIError.missingOption("--role") }
        guard let role = Role(rawValue: roleName.lowercased()) else { throw CLIError.unknownValue(option: "--role", value: roleName, allowed: Role.allCases.map(\.rawValue)) }
        return try Actor(name: name, role: role)
    }
}
