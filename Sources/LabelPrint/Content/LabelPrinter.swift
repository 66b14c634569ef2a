import Foundation
import RegistryCore

/// Writes the print file of a recorded print run: the templates and artwork, the brand settings and the
/// thermal print head's resolution, shared by the command line and the staff console.
public struct LabelPrinter: Sendable {
    public let library: LabelLibrary
    public let settings: LabelSettings
    public let resolution: ThermalResolution

    public init(library: LabelLibrary, settings: LabelSettings, resolution: ThermalResolution = .dpi203) {
        self.library = library
        self.settings = settings
        self.resolution = resolution
    }

    /// Writes `output` for the labels with `codes` (in print order) of batch `number`, which say
    /// `particulars`; refuses a format made for another kind of subject (a product on a door plaque).
    public func write(_ output: LabelOutput, batch number: String, codes: [LabelCode], particulars: LabelParticulars, to url: URL,
                      progress: ((RenderProgress) -> Void)? = nil) throws(LabelPrintError) {
        guard output.format.suits(particulars.kind) else { throw .formatNotForKind(format: output.format.rawValue, kind: particulars.kind) }
        let run = PrintBatch(batchNumber: number, labels: codes.map { settings.label($0, particulars: particulars) })
        try output.write(run, library: library, resolution: resolution, to: url, progress: progress)
    }
}
