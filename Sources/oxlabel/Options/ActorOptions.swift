import ArgumentParser
import Foundation
import RegistryCore

/// Who acts: every command that changes the registry names a person and the role they act in.
struct ActorOptions: ParsableArguments {
    @Option(help: "Who acts (default: $OXLABEL_ACTOR).")
    var actor: String?

    @Option(help: "The role acted in (default: $OXLABEL_ROLE).")
    var role: Role?

    /// The acting person, or a clear error naming what is missing.
    func resolve() throws -> Actor {
        let environment = ProcessInfo.processInfo.environment
        guard let name = actor ?? environment["OXLABEL_ACTOR"] else { throw CLIError.missingOption("--actor") }
        if let role { return try Actor(name: name, role: role) }
        guard let roleName = environment["OXLABEL_ROLE"] else { throw CLIError.missingOption("--role") }
        guard let role = Role(argument: roleName) else {
            throw CLIError.unknownValue(option: "$OXLABEL_ROLE", value: roleName, allowed: Role.allValueStrings)
        }
        return try Actor(name: name, role: role)
    }
}
