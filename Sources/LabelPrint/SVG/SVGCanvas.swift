/// A `LabelCanvas` that writes SVG elements in millimetre user units. The mark becomes one
/// `<symbol>` that the label refers to with `<use>`.
final class SVGCanvas: LabelCanvas {
    static let markSymbolID = "oxygen-bar-mark"

    private(set) var elements = [String]()
    private(set) var definitions = [String]()
    private let measurer: TextMeasurer

    init(measurer: TextMeasurer) {
        self.measurer = measurer
    }

    func fill(_ path: [PathCommand], color: RGBColor, evenOdd: Bool) {
        elements.append("<path d=\"\(PathCommand.svgPathData(path))\" fill=\"\(color.hex)\"\(evenOdd ? " fill-rule=\"evenodd\"" : "")/>")
    }

    func stroke(_ path: [PathCommand], color: RGBColor, width: Double) {
        elements.append(
            "<path d=\"\(PathCommand.svgPathData(path))\" fill=\"none\" stroke=\"\(color.hex)\" stroke-width=\"\(PathCommand.number(width))\"/>")
    }

    func text(_ text: String, x: Double, baseline: Double, font: LabelFont, color: RGBColor) {
        elements.append(
            "<text x=\"\(PathCommand.number(x))\" y=\"\(PathCommand.number(baseline))\" font-family=\"\(font.typeface.family)\" "
                + "font-size=\"\(PathCommand.number(font.size))\"\(font.bold ? " font-weight=\"bold\"" : "") fill=\"\(color.hex)\" "
                + "xml:space=\"preserve\">\(XMLText.escaped(text))</text>")
    }

    func modules(of qr: QRMatrix, at placement: QRPlacement) {
        fill(placement.darkModulesPath(qr), color: .black, evenOdd: false)
    }

    func mark(_ artwork: MarkArtwork, in box: LabelBox) {
        if definitions.isEmpty {
            let symbol = SVGCanvas(measurer: measurer)
            symbol.drawMarkElements(
                artwork, in: LabelBox(x: 0, y: 0, width: artwork.viewBoxWidth, height: artwork.viewBoxHeight), measurer: measurer)
            definitions.append(
                "<symbol id=\"\(Self.markSymbolID)\" viewBox=\"0 0 \(PathCommand.number(artwork.viewBoxWidth)) "
                    + "\(PathCommand.number(artwork.viewBoxHeight))\">\(symbol.elements.joined())</symbol>")
        }
        elements.append(
            "<use href=\"#\(Self.markSymbolID)\" xlink:href=\"#\(Self.markSymbolID)\" x=\"\(PathCommand.number(box.x))\" "
                + "y=\"\(PathCommand.number(box.y))\" width=\"\(PathCommand.number(box.width))\" height=\"\(PathCommand.number(box.height))\"/>")
    }
}
