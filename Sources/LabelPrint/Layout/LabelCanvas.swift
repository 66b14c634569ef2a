/// A drawing surface in millimetres from the top left of a label; cairo (PDF) and SVG implement it,
/// so that `LabelPainter` lays every label out once for all outputs.
protocol LabelCanvas {
    func fill(_ path: [PathCommand], color: RGBColor, evenOdd: Bool)
    func stroke(_ path: [PathCommand], color: RGBColor, width: Double)
    /// Draws `text` with its baseline starting at `x`, `baseline`.
    func text(_ text: String, x: Double, baseline: Double, font: LabelFont, color: RGBColor)
    /// Draws the mark scaled into `box`.
    func mark(_ artwork: MarkArtwork, in box: LabelBox)
    /// Draws the dark modules of `qr` where `placement` puts them (the quiet zone is already white).
    func modules(of qr: QRMatrix, at placement: QRPlacement)
}

extension LabelCanvas {
    /// Draws the mark's paths and texts one by one, mapped into `box`.
    func drawMarkElements(_ artwork: MarkArtwork, in box: LabelBox, measurer: TextMeasurer) {
        let scale = min(box.width / artwork.viewBoxWidth, box.height / artwork.viewBoxHeight)
        let dx = box.x + (box.width - artwork.viewBoxWidth * scale) / 2
        let dy = box.y + (box.height - artwork.viewBoxHeight * scale) / 2
        for path in artwork.paths {
            fill(path.commands.map { $0.mapped(scale: scale, dx: dx, dy: dy) }, color: path.fill, evenOdd: path.evenOdd)
        }
        for mark in artwork.texts {
            let font = LabelFont(typeface: .sans, bold: mark.bold, size: mark.fontSize * scale)
            let x = mark.x * scale + dx - measurer.alignmentOffset(of: mark.text, font: font, alignment: mark.alignment)
            text(mark.text, x: x, baseline: mark.baseline * scale + dy, font: font, color: mark.fill)
        }
    }
}
