import Foundation

/// The label templates and the oxygen-bar mark, read from a `Labels/` directory.
public struct LabelLibrary: Sendable {
    /// The file name of the mark's artwork in the directory.
    public static let markFileName = "oxygen-bar-mark.svg"

    public let mark: MarkArtwork
    private let templates: [LabelFormat: LabelTemplate]

    /// Reads `oxygen-bar-mark.svg` and one `<format>.json` per `LabelFormat` from `directory`.
    public init(directory: URL) throws(LabelPrintError) {
        let markURL = directory.appendingPathComponent(Self.markFileName)
        mark = try MarkSVGReader.read(try Self.contents(of: markURL), path: markURL.path)
        var templates = [LabelFormat: LabelTemplate]()
        for format in LabelFormat.allCases {
            let url = directory.appendingPathComponent(format.rawValue + ".json")
            let template: LabelTemplate
            do {
                template = try JSONDecoder().decode(LabelTemplate.self, from: try Self.contents(of: url))
            } catch let error as LabelPrintError {
                throw error
            } catch {
                throw .templateInvalid(path: url.path, reason: "\(error)")
            }
            if let problem = Self.problem(in: template, expectedFormat: format) {
                throw .templateInvalid(path: url.path, reason: problem)
            }
            templates[format] = template
        }
        self.templates = templates
    }

    /// The template of `format` (every format has one once the library is read).
    public func template(for format: LabelFormat) -> LabelTemplate { templates[format]! }

    private static func contents(of url: URL) throws(LabelPrintError) -> Data {
        do { return try Data(contentsOf: url) } catch {
            throw .fileUnreadable(path: url.path, reason: error.localizedDescription)
        }
    }

    private static func problem(in template: LabelTemplate, expectedFormat: LabelFormat) -> String? {
        let inside = { (box: LabelBox) in
            box.x >= 0 && box.y >= 0 && box.x + box.width <= template.width + 0.01 && box.y + box.height <= template.height + 0.01
        }
        if template.format != expectedFormat.rawValue { return "format is \(template.format), expected \(expectedFormat.rawValue)" }
        if template.qr.area.width != template.qr.area.height { return "the QR area must be square" }
        if !inside(template.qr.area) { return "the QR area lies outside the label" }
        if template.qr.area.width < template.qr.minimumSide { return "the QR area is smaller than minimumSide" }
        if let mark = template.mark, !inside(mark) { return "the mark lies outside the label" }
        if let slot = template.texts.first(where: { !inside(LabelBox(x: $0.x, y: 0, width: $0.width, height: $0.baseline)) }) {
            return "the \(slot.field.rawValue) text lies outside the label"
        }
        if expectedFormat.isThermal != (template.thermal != nil) { return "thermal formats, and only they, need thermal media" }
        if let sheet = template.sheet {
            let right = sheet.left + Double(sheet.columns - 1) * sheet.columnPitch + template.width
            let bottom = sheet.top + Double(sheet.rows - 1) * sheet.rowPitch + template.height
            if right > sheet.pageWidth || bottom > sheet.pageHeight { return "the labels do not fit on the sheet" }
        }
        return nil
    }
}
