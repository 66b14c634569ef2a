import ArgumentParser
import RegistryServer
import RegistryStore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the live registry, its scan log and its snapshot key to new files (0600).",
        discussion: """
        Writes FILE with SQLite's online backup (safe while the registry is in use), the scan log beside it as FILE.scans.sqlite and the snapshot signing key as FILE.snapshot-key, each readable by its owner only; refuses if any of them exists, and leaves nothing behind if a part fails. A missing folder of FILE is made. To restore, put them back as the registry, <registry>.scans.sqlite and <registry>.snapshot-key.

        Example: oxlabel backup backups/oxlabel-2025-11-25.sqlite
        """)
    @OptionGroup var options: RegistryOptions
    @Argument(help: "The backup file to create (must not exist, nor FILE.snapshot-key).") var file: String

    func run() throws {
        try OutputFolder.prepare(forFile: file)
        let written = try RegistryBackup(of: try options.openRegistry()).write(to: file)
        struct Output: Encodable { let backup: String; let files: [String] }
        try options.emit(Output(backup: file, files: written), text: "已备份到 backup written: " + written.joined(separator: ", "))
    }
}
