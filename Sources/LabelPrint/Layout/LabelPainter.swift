/// Lays labels out from their template and draws them on any `LabelCanvas`.
struct LabelPainter {
    let template: LabelTemplate
    let mark: MarkArtwork
    let measurer: TextMeasurer
    /// The printer resolution that QR modules snap to, for thermal output.
    let dotsPerInch: Int?
    private let fitter: TextFitter

    init(template: LabelTemplate, mark: MarkArtwork, measurer: TextMeasurer, dotsPerInch: Int?) {
        self.template = template
        self.mark = mark
        self.measurer = measurer
        self.dotsPerInch = dotsPerInch
        fitter = TextFitter(measurer: measurer)
    }

    func paint(_ content: LabelContent, qr: QRMatrix, on canvas: some LabelCanvas) throws(LabelPrintError) {
        let placement = try QRPlacement(matrix: qr, slot: template.qr, dotsPerInch: dotsPerInch, format: template.format)
        for shape in template.shapes {
            let path = PathCommand.roundedRectangle(shape.box, radius: shape.cornerRadius)
            if let width = shape.outlineWidth { canvas.stroke(path, color: shape.color, width: width) }
            else { canvas.fill(path, color: shape.color, evenOdd: false) }
        }
        if let box = template.mark { canvas.mark(mark, in: box) }
        canvas.fill(PathCommand.rectangle(placement.quietZoneBox), color: .white, evenOdd: false)
        canvas.modules(of: qr, at: placement)
        for slot in template.texts {
            guard let text = slot.field.text(of: content) else { continue }
            let lines = fitter.fit(slot.prefix + text, in: slot)
            if slot.badge {
                for line in lines { drawBadge(line, color: slot.color, on: canvas) }
            } else {
                for line in lines { canvas.text(line.text, x: line.x, baseline: line.baseline, font: line.font, color: slot.color) }
            }
        }
    }

    private func drawBadge(_ line: FittedLine, color: RGBColor, on canvas: some LabelCanvas) {
        let padding = line.font.size * 0.4
        let box = LabelBox(
            x: line.x - padding, y: line.baseline - line.font.size * 0.95,
            width: line.width + 2 * padding, height: line.font.size * 1.25)
        canvas.fill(PathCommand.roundedRectangle(box, radius: box.height * 0.3), color: color, evenOdd: false)
        canvas.text(line.text, x: line.x, baseline: line.baseline, font: line.font, color: .white)
    }
}
