import ArgumentParser
import Foundation
import LabelPrint
import RegistryCore
import RegistryStore

/// `oxlabel labels print`: renders a batch and records the print job. The file is written under a
/// temporary name outside any transaction, then the run is recorded and the labels marked printed in
/// one short transaction (refused if the batch changed meanwhile), and the file is renamed only after
/// it commits; if the file cannot be written, nothing is recorded. Nothing is ever half-done.
struct LabelsPrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "印制 a batch: write its print file and mark its labels printed.",
        discussion: """
        Formats: \(LabelOutput.names.joined(separator: ", ")). tspl and zpl print on the thermal roll given by --media
        (thermal-40x30 by default); svg writes one file per label into the folder --out.
        Example: oxlabel labels print YQYB-P-2026-0001-B001 --format a4-3x7 --out out/B001.pdf --actor 孙丽 --role printer
                 oxlabel labels print YQYB-P-2026-0001-B001 --format tspl --media thermal-50x30 --dpi 300 --out out/B001.tspl \\
                     --reprint --reason 卡纸重印 --actor 孙丽 --role printer
        """)
    @OptionGroup var options: RegistryOptions
    @OptionGroup var who: ActorOptions
    @Argument(help: "Batch number.") var batch: String
    @Option(help: "The output.") var format: LabelOutputName
    @Option(help: "For tspl/zpl the thermal roll (thermal-40x30, thermal-50x30); for svg the layout.") var media: LabelFormat?
    @Option(help: "Thermal print-head resolution, dots per inch.") var dpi = ThermalResolution.dpi203
    @Option(help: "The file to write (a folder for svg); its folder is made when missing.") var out: String
    @Flag(help: "Print a batch that was printed before; needs --reason.") var reprint = false
    @Option(help: "Why the batch is printed again.") var reason: String?
    @Option(help: "The Labels folder with templates and artwork (default: $OXLABEL_LABELS, ./Labels, or the one beside the program).")
    var labels: String?

    func run() throws {
        let actor = try who.resolve()
        guard let output = LabelOutput(name: format.name, media: media) else {
            throw CLIError.unknownValue(option: "--format", value: format.name, allowed: LabelOutput.names)
        }
        if reprint && reason == nil { throw CLIError.missingOption("--reason") }
        if !reprint, let reason { throw CLIError.badValue(option: "--reason", value: reason, expected: "与 --reprint 同用 (used with --reprint)") }
        let settings = try options.labelSettings()
        let directory = try ResourceLocator.labels(explicit: labels)
        let library: LabelLibrary
        do { library = try LabelLibrary(directory: directory) } catch {
            throw ConfigurationError.invalid(file: directory.path, detail: error.description)
        }
        let destination = URL(fileURLWithPath: out)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder), isFolder.boolValue {
            throw CLIError.badValue(option: "--out", value: out, expected: "尚不存在的文件或文件夹 (a file or folder that does not exist yet)")
        }
        try OutputFolder.prepare(forFile: destination.path)
        let partial = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        let registry = try options.openRegistry()
        var meter: ProgressMeter?
        do {
            let printer = LabelPrinter(library: library, settings: settings, resolution: dpi)
            let (codes, printed) = try registry.printBatch(batch, format: output.name, by: actor, reason: reprint ? reason : nil) { printed, codes, particulars in
                let progress = ProgressMeter(total: codes.count, unit: "枚 labels")
                meter = progress
                do {
                    try printer.write(output, batch: printed.number, codes: codes, particulars: particulars, to: partial) {
                        progress.update($0.labelsDone)
                    }
                } catch {
                    throw CLIError.printFailed(detail: "\(error)")
                }
                return codes
            }
            meter?.finish()
            guard rename(partial.path, destination.path) == 0 else {
                throw CLIError.printFailed(detail: "\(partial.path) → \(destination.path): \(String(cString: strerror(errno)))")
            }
            try options.emit(LabelPrintView(batch: printed, file: destination.path, codes: codes.map(\.text)),
                             text: LabelText.printed(printed, labels: codes.count, file: destination.path))
        } catch {
            meter?.finish()
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }
}
