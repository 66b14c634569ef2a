import Foundation

/// A print file the label printer can ask for: a PDF of any format, a TSPL or ZPL program for a thermal
/// roll, or SVG files of single labels.
public enum LabelOutput: Sendable, Hashable {
    case pdf(LabelFormat)
    case tspl(LabelFormat)
    case zpl(LabelFormat)
    /// One SVG file per label, named by its code, in a folder.
    case svg(LabelFormat)

    /// The names the command line takes: every template format (as PDF), `tspl`, `zpl` and `svg`.
    public static let names = LabelFormat.allCases.map(\.rawValue) + ["tspl", "zpl", "svg"]

    /// The output called `name`; `media` is the thermal roll of TSPL and ZPL (default 40×30) or the
    /// layout of SVG labels (default the 3×7 sheet's).
    public init?(name: String, media: LabelFormat? = nil) {
        switch name {
        case "tspl": self = .tspl(media ?? .thermal40x30)
        case "zpl": self = .zpl(media ?? .thermal40x30)
        case "svg": self = .svg(media ?? .a4Sheet3x7)
        default:
            guard let format = LabelFormat(rawValue: name) else { return nil }
            self = .pdf(format)
        }
    }

    /// The label format written: the PDF's, or the roll or layout of the others.
    public var format: LabelFormat {
        switch self {
        case .pdf(let format), .tspl(let format), .zpl(let format), .svg(let format): format
        }
    }

    /// The name recorded with a print job, e.g. `a4-3x7`, `tspl thermal-50x30`.
    public var name: String {
        switch self {
        case .pdf(let format): format.rawValue
        case .tspl(let format): "tspl \(format.rawValue)"
        case .zpl(let format): "zpl \(format.rawValue)"
        case .svg(let format): "svg \(format.rawValue)"
        }
    }

    /// Writes `batch` to `url` (a folder for SVG). Thermal output snaps QR modules to whole dots of `resolution`.
    public func write(_ batch: PrintBatch, library: LabelLibrary, resolution: ThermalResolution = .dpi203, to url: URL,
                      progress: ((RenderProgress) -> Void)? = nil) throws(LabelPrintError) {
        switch self {
        case .pdf(let format):
            try PDFLabelRenderer(library: library).render(batch, format: format, resolution: resolution, to: url, progress: progress)
        case .tspl(let format):
            try Self.save(try TSPLRenderer(library: library).program(for: batch, format: format, resolution: resolution, progress: progress), to: url)
        case .zpl(let format):
            try Self.save(try ZPLRenderer(library: library).program(for: batch, format: format, resolution: resolution, progress: progress), to: url)
        case .svg(let format):
            guard !batch.labels.isEmpty else { throw .emptyBatch }
            let renderer = SVGLabelRenderer(library: library)
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw .outputFailed(path: url.path, reason: error.localizedDescription)
            }
            for (index, label) in batch.labels.enumerated() {
                try Self.save(Data(try renderer.svg(for: label, format: format).utf8), to: url.appendingPathComponent("\(label.code.text).svg"))
                progress?(RenderProgress(labelsDone: index + 1, labelsTotal: batch.labels.count))
            }
        }
    }

    private static func save(_ data: Data, to url: URL) throws(LabelPrintError) {
        do {
            try data.write(to: url)
        } catch {
            throw .outputFailed(path: url.path, reason: error.localizedDescription)
        }
    }
}
