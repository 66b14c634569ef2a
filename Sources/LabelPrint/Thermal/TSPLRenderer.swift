import Foundation

/// Writes a batch as a TSPL program for TSC, 佳博 (Gprinter) and 芯烨 (Xprinter) label printers: the
/// printer draws the QR code (`QRCODE`) and the Chinese text in its GB font `TSS24.BF2` (plain ASCII
/// lines such as the code in the largest built-in Latin font that fits); the program is sent as
/// GB18030 bytes. The mark is not printed: thermal rolls come with it pre-printed.
public struct TSPLRenderer: Sendable {
    /// GB 18030, as Foundation names it (kCFStringEncodingGB_18030_2000).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public let library: LabelLibrary

    public init(library: LabelLibrary) {
        self.library = library
    }

    /// The program for `batch` on a thermal `format` at `resolution`.
    public func program(
        for batch: PrintBatch, format: LabelFormat, resolution: ThermalResolution = .dpi203,
        progress: ((RenderProgress) -> Void)? = nil
    ) throws(LabelPrintError) -> Data {
        let (template, layouts) = try ThermalLabelLayout.layouts(
            of: batch, format: format, library: library, resolution: resolution, fonts: { _ in .tspl }, progress: progress)
        var lines = [
            "SIZE \(PathCommand.number(template.width)) mm,\(PathCommand.number(template.height)) mm",
            "GAP \(PathCommand.number(template.thermal!.gap)) mm,0 mm",
            "DIRECTION 1",
            "REFERENCE 0,0",
        ]
        for (label, layout) in zip(batch.labels, layouts) {
            lines.append("CLS")
            lines.append("QRCODE \(layout.qrX),\(layout.qrY),\(template.qr.errorCorrection.rawValue),\(layout.dotsPerModule),A,0,"
                + "\"\(Self.quoted(label.verificationURL))\"")
            // TSPL's layout gives every line one of the printer's bitmap fonts.
            for line in layout.lines {
                guard let fontName = line.fontName else { continue }
                lines.append("TEXT \(line.x),\(line.top),\"\(fontName)\",0,1,1,\"\(Self.quoted(line.text))\"")
                if line.reversed { lines.append("REVERSE \(line.x - 4),\(line.top - 2),\(line.width + 8),\(line.height + 4)") }
            }
            lines.append("PRINT 1,1")
        }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        guard let data = text.data(using: Self.gb18030) else { throw .textNotEncodable(text, encoding: "GB18030") }
        return data
    }

    /// A TSPL string literal's content: a double quote is written `\["]`.
    static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "\\[\"]")
    }
}
