/// The marks around the labels on an A4 sheet: crop marks at every label edge, three registration
/// targets (top left, top right, bottom left, so that a turned sheet is noticed) and the footer.
struct SheetMarks {
    private static let cropGap = 1.0
    private static let cropLength = 2.5
    private static let lineWidth = 0.15
    private static let color = RGBColor(red: 0.25, green: 0.25, blue: 0.25)
    private static let footerFont = LabelFont(typeface: .sans, bold: false, size: 2.3)

    let template: LabelTemplate
    let sheet: SheetGrid
    let measurer: TextMeasurer

    private var gridRight: Double { sheet.left + Double(sheet.columns - 1) * sheet.columnPitch + template.width }
    private var gridBottom: Double { sheet.top + Double(sheet.rows - 1) * sheet.rowPitch + template.height }

    func draw(footer: String, on canvas: some LabelCanvas) {
        let columnEdges = (0..<sheet.columns).flatMap { column in
            [sheet.left + Double(column) * sheet.columnPitch, sheet.left + Double(column) * sheet.columnPitch + template.width]
        }
        let rowEdges = (0..<sheet.rows).flatMap { row in
            [sheet.top + Double(row) * sheet.rowPitch, sheet.top + Double(row) * sheet.rowPitch + template.height]
        }
        let near = Self.cropGap, far = Self.cropGap + Self.cropLength
        var ticks = [PathCommand]()
        for x in Set(columnEdges) {
            ticks += [.move(x: x, y: sheet.top - near), .line(x: x, y: sheet.top - far),
                      .move(x: x, y: gridBottom + near), .line(x: x, y: gridBottom + far)]
        }
        for y in Set(rowEdges) {
            ticks += [.move(x: sheet.left - near, y: y), .line(x: sheet.left - far, y: y),
                      .move(x: gridRight + near, y: y), .line(x: gridRight + far, y: y)]
        }
        canvas.stroke(ticks, color: Self.color, width: Self.lineWidth)

        let targetInset = 6.0
        let topY = sheet.top - far - 2.2
        for (x, y) in [(sheet.left + targetInset, topY), (gridRight - targetInset, topY),
                       (sheet.left + targetInset, gridBottom + far + 2.2 - Self.cropLength)] {
            drawTarget(x: x, y: y, on: canvas)
        }

        let baseline = gridBottom + min(sheet.pageHeight - gridBottom - 4.2, 8)
        let width = measurer.width(of: footer, font: Self.footerFont)
        canvas.text(footer, x: (sheet.pageWidth - width) / 2, baseline: baseline, font: Self.footerFont, color: Self.color)
    }

    /// A registration target: a circle with a cross through it.
    private func drawTarget(x: Double, y: Double, on canvas: some LabelCanvas) {
        let radius = 1.3, arm = 2.0
        let circle = PathCommand.roundedRectangle(LabelBox(x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius), radius: radius)
        canvas.stroke(circle + [.move(x: x - arm, y: y), .line(x: x + arm, y: y), .move(x: x, y: y - arm), .line(x: x, y: y + arm)],
                      color: .black, width: Self.lineWidth)
    }
}
