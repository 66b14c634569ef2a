import ArgumentParser
import RegistryStore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the live registry to a file with SQLite's online backup.",
        discussion: "Example: oxlabel backup backups/oxlabel-2025-11-25.sqlite")
    @OptionGroup var options: RegistryOptions
    @Argument(help: "The backup file to create (must not exist).") var file: String

    func run() throws {
        try options.openRegistry().backup(to: file)
        try options.emit(["backup": file], text: "已备份到 backup written: \(file)")
    }
}
