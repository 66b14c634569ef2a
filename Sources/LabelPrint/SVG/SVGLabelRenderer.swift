/// Renders one label as a standalone SVG document sized in millimetres, for artwork proofs and
/// for printing shops that take vector files.
public struct SVGLabelRenderer: Sendable {
    public let library: LabelLibrary

    public init(library: LabelLibrary) {
        self.library = library
    }

    /// The SVG of `label` laid out as in `format` (one label of a sheet format).
    public func svg(for label: LabelContent, format: LabelFormat = .a4Sheet3x7) throws(LabelPrintError) -> String {
        let template = library.template(for: format)
        let measurer = try TextMeasurer()
        let canvas = SVGCanvas(measurer: measurer)
        let qr = try QRMatrix(encoding: label.verificationURL, errorCorrection: template.qr.errorCorrection)
        try LabelPainter(template: template, mark: library.mark, measurer: measurer, dotsPerInch: nil).paint(label, qr: qr, on: canvas)
        let width = PathCommand.number(template.width), height = PathCommand.number(template.height)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="\(width)mm" height="\(height)mm" viewBox="0 0 \(width) \(height)">
            <title>\(XMLText.escaped("\(label.subject) · \(label.code.grouped())"))</title>
            <desc>\(XMLText.escaped(label.verificationURL))</desc>
            <defs>\(canvas.definitions.joined())</defs>
            <rect width="\(width)" height="\(height)" fill="#FFFFFF"/>
            \(canvas.elements.joined(separator: "\n"))
            </svg>

            """
    }
}
