import Foundation

/// Writes a batch as ZPL II for Zebra printers: UTF-8 (`^CI28`), the QR code as `^BQN` with the
/// error-correction level in `^FD`, and text as pictures (`^GF`, see `ZPLGraphicField`) so that any
/// Zebra printer prints it with no font loaded, or, when the template names a CJK font loaded on the
/// printers (`zplFontName`), in that font (`^A@`). The mark is not printed: thermal rolls come with it
/// pre-printed.
public struct ZPLRenderer: Sendable {
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
            of: batch, format: format, library: library, resolution: resolution,
            fonts: { .scalable(name: $0.thermal?.zplFontName) }, progress: progress)
        let faces = CairoFaces()
        // The lines the labels of a batch share (all but the code's) are drawn once: the first label's
        // pictures are kept, and no other, so that memory stays bounded however large the batch.
        var pictures = [ThermalLine: String]()
        var lines = [String]()
        for (index, (label, layout)) in zip(batch.labels, layouts).enumerated() {
            lines += ["^XA", "^CI28", "^PW\(resolution.dots(template.width))", "^LL\(resolution.dots(template.height))", "^LH0,0"]
            lines.append("^FO\(layout.qrX),\(layout.qrY)^BQN,2,\(layout.dotsPerModule)"
                + "^FD\(template.qr.errorCorrection.rawValue)A,\(label.verificationURL)^FS")
            for line in layout.lines {
                if line.reversed {
                    lines.append("^FO\(line.x - 4),\(line.top - 2)^GB\(line.width + 8),\(line.height + 4),\(line.height + 4)^FS")
                }
                let reverse = line.reversed ? "^FR" : ""
                if let fontName = line.fontName {
                    lines.append("^FO\(line.x),\(line.top)^A@N,\(line.height),\(line.height),\(fontName)\(reverse)^FH\\^FD\(Self.escaped(line.text))^FS")
                } else {
                    let picture: String
                    if let drawn = pictures[line] {
                        picture = drawn
                    } else {
                        picture = try ZPLGraphicField.field(line.text, font: line.font, width: line.width, height: line.height, faces: faces)
                        if index == 0 { pictures[line] = picture }
                    }
                    lines.append("^FO\(line.x),\(line.top)\(reverse)\(picture)^FS")
                }
            }
            lines += ["^PQ1", "^XZ"]
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Field data with `^`, `~` and `\` written as `^FH` hex escapes.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\5C").replacingOccurrences(of: "^", with: "\\5E")
            .replacingOccurrences(of: "~", with: "\\7E")
    }
}
