/// A drawing on a `LabelCanvas` as one `<svg>` element for an HTML page: millimetre user units,
/// scaled to the page's width, its text escaped, an accessible name. Empty when cairo cannot
/// measure text.
enum InlineSVG {
    static func element(width: Double, height: Double, label: String, _ draw: (SVGCanvas, TextMeasurer) -> Void) -> String {
        guard let measurer = try? TextMeasurer() else { return "" }
        return element(width: width, height: height, label: label, measurer: measurer, draw)
    }

    /// The same with a measurer the caller keeps for several drawings.
    static func element(width: Double, height: Double, label: String, measurer: TextMeasurer,
                        _ draw: (SVGCanvas, TextMeasurer) -> Void) -> String {
        let canvas = SVGCanvas(measurer: measurer)
        draw(canvas, measurer)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-2 -1 \(Int(width.rounded(.up)) + 4) \(Int(height.rounded(.up)) + 2)\" "
            + "role=\"img\" aria-label=\"\(XMLText.escaped(label))\">\(canvas.elements.joined())</svg>"
    }
}
