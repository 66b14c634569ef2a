import ArgumentParser
import RegistryCore
import RegistryStore

/// The options of a command that changes the registry: where it is, and who acts.
struct ActingOptions: ParsableArguments {
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var who: ActorOptions

    /// Runs one change as the acting person, in one transaction.
    func change<T>(_ body: (RegistryTransaction, Actor) throws -> T) throws -> T {
        let actor = try who.resolve()
        return try registry.openRegistry().write { try body($0, actor) }
    }
}
