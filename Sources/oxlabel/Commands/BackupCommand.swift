import ArgumentParser
import Foundation
import RegistryStore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the live registry and its scan log to files with SQLite's online backup.",
        discussion: """
        Writes FILE and the scan log beside it, FILE.scans.sqlite (0600); refuses when either exists.

        Example: oxlabel backup backups/oxlabel-2025-11-25.sqlite
        """)
    @OptionGroup var options: RegistryOptions
    @Argument(help: "The backup file to create (must not exist).") var file: String

    func run() throws {
        let registry = try options.openRegistry()
        let scanLog = ScanLog.path(beside: file)
        guard !FileManager.default.fileExists(atPath: scanLog) else { throw StoreError.backupTargetExists(path: scanLog) }
        try registry.backup(to: file)
        try registry.scanLog.backup(to: scanLog)
        try options.emit(["backup": file, "scanLog": scanLog], text: "已备份到 backup written: \(file), \(scanLog)")
    }
}
