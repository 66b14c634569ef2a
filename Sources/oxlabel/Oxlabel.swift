import ArgumentParser
import Foundation
import NIOCore
import NIOPosix
import RegistryCore

/// The `oxlabel` command: the registry of Yanqing's 中国天然氧吧 label and climate-quality certificates.
@main
struct Oxlabel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oxlabel",
        abstract: "Yanqing 中国天然氧吧 label registry: admission, licences, climate quality, audit.",
        discussion: """
        The registry lives in ./var/oxlabel.sqlite unless --data or $OXLABEL_DATA says otherwise.
        Commands that change it need --actor and --role (or $OXLABEL_ACTOR and $OXLABEL_ROLE).

        Example: oxlabel init && oxlabel demo && oxlabel licence list
        """,
        subcommands: [
            InitCommand.self, DemoCommand.self, OperatorCommand.self, SubjectCommand.self,
            ApplyCommand.self, AcceptCommand.self, ReturnCommand.self, ReviewCommand.self, ApproveCommand.self,
            RejectCommand.self, ObjectCommand.self, PublicityCommand.self, ApplicationCommand.self,
            LicenceCommand.self, RegionTitleCommand.self, AuditCommand.self, BackupCommand.self, SnapshotCommand.self, LabelsCommand.self,
            ServeCommand.self, ScansCommand.self, UserCommand.self,
            StationCommand.self, ObservationsCommand.self, ClimateCommand.self, EnvCommand.self,
        ])

    /// Runs a command; a refusal prints one line in both languages and exits with status 1.
    static func main() async {
        // Swift concurrency runs on NIO's event loops, so that `serve` answers a request on the thread
        // that owns its connection rather than hopping to another pool and back. Work that may take long
        // goes to NIO's blocking thread pool.
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        do {
            var command = try parseAsRoot()
            if var serving = command as? AsyncParsableCommand {
                try await serving.run()
            } else {
                try command.run()
            }
        } catch let error as UserFacingError {
            FileHandle.standardError.write(Data("oxlabel: \(error.chinese) | \(error.english)\n".utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
