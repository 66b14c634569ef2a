/// The page furniture every A4 report shares (millimetres): the green banner with a title and a
/// number, section headings, text in a given size and colour, wrapped paragraphs and the footer.
/// The climate report and the quarterly report draw through it, so that they look alike.
struct ReportPage {
    static let width = 210.0
    static let height = 297.0
    static let margin = 15.0
    static let right = width - margin
    static let green = RGBColor(red: 0.18, green: 0.49, blue: 0.2)
    static let paleGreen = RGBColor(red: 0.91, green: 0.96, blue: 0.91)
    static let gray = RGBColor(red: 0.42, green: 0.42, blue: 0.42)
    static let stripe = RGBColor(red: 0.97, green: 0.97, blue: 0.97)
    /// Where the footer's rule is drawn; content stays above it.
    static let footerTop = 276.0

    let measurer: TextMeasurer
    let fitter: TextFitter

    init(measurer: TextMeasurer) {
        self.measurer = measurer
        fitter = TextFitter(measurer: measurer)
    }

    /// The top band, the title with its subtitle on the left, and a caption over a bold value (a
    /// certificate or period) on the right.
    func banner(title: String, subtitle: String, caption: String, value: String, on canvas: some LabelCanvas) {
        canvas.fill(PathCommand.rectangle(LabelBox(x: 0, y: 0, width: Self.width, height: 6)), color: Self.green, evenOdd: false)
        text(title, x: Self.margin, baseline: 22, size: 7.5, bold: true, on: canvas)
        text(subtitle, x: Self.margin, baseline: 29, size: 3.2, color: Self.gray, on: canvas)
        text(caption, x: Self.right, baseline: 18, size: 3, color: Self.gray, alignment: .right, on: canvas)
        text(value, x: Self.right, baseline: 25.5, size: 5, bold: true, alignment: .right, on: canvas)
        canvas.stroke([.move(x: Self.margin, y: 34), .line(x: Self.right, y: 34)], color: Self.green, width: 0.8)
    }

    /// The rule, a note of up to two lines, and the page number at the bottom.
    func footer(note: String, page: Int, of pages: Int, on canvas: some LabelCanvas) {
        canvas.stroke([.move(x: Self.margin, y: Self.footerTop), .line(x: Self.right, y: Self.footerTop)], color: Self.gray, width: 0.2)
        _ = paragraph(note, x: Self.margin, baseline: Self.footerTop + 4.5, width: 150, size: 2.5, color: Self.gray, maxLines: 2, on: canvas)
        text("第 \(page)/\(pages) 页", x: Self.right, baseline: Self.footerTop + 4.5, size: 2.6, color: Self.gray, alignment: .right, on: canvas)
    }

    /// A section heading with its green mark; returns the baseline below it.
    func section(_ title: String, baseline: Double, on canvas: some LabelCanvas) -> Double {
        canvas.fill(PathCommand.rectangle(LabelBox(x: Self.margin, y: baseline - 3.6, width: 1.2, height: 4.4)), color: Self.green, evenOdd: false)
        text(title, x: Self.margin + 3, baseline: baseline, size: 4, bold: true, on: canvas)
        return baseline + 5
    }

    /// One line of text in the sans face.
    func text(_ text: String, x: Double, baseline: Double, size: Double, bold: Bool = false, color: RGBColor = .black,
              alignment: TextSlot.Alignment = .left, on canvas: some LabelCanvas) {
        let font = LabelFont(typeface: .sans, bold: bold, size: size)
        canvas.text(text, x: x - measurer.alignmentOffset(of: text, font: font, alignment: alignment), baseline: baseline, font: font, color: color)
    }

    /// Wraps `text` into `width` (shrinking to 85 % first); returns the baseline of its last line.
    func paragraph(_ text: String, x: Double, baseline: Double, width: Double, size: Double, bold: Bool = false,
                   color: RGBColor = .black, maxLines: Int = 4, alignment: TextSlot.Alignment = .left,
                   on canvas: some LabelCanvas) -> Double {
        let slot = TextSlot(field: .caption, x: x, baseline: baseline, width: width, fontSize: size, minimumFontSize: size * 0.85,
                            maxLines: maxLines, alignment: alignment, bold: bold, typeface: .sans, color: color, prefix: "", badge: false)
        let lines = fitter.fit(text, in: slot)
        for line in lines { canvas.text(line.text, x: line.x, baseline: line.baseline, font: line.font, color: color) }
        return lines.last?.baseline ?? baseline
    }

    /// A table of one-line cells from `top`, a shaded header row and striped rows; returns its bottom.
    func table(header: [String], rows: [[String]], widths: [Double], from top: Double, rowHeight: Double = 6.5,
               on canvas: some LabelCanvas) -> Double {
        var y = top
        func row(_ cells: [String], bold: Bool, fill: RGBColor?) {
            if let fill {
                canvas.fill(PathCommand.rectangle(LabelBox(x: Self.margin, y: y, width: widths.reduce(0, +), height: rowHeight)),
                            color: fill, evenOdd: false)
            }
            var x = Self.margin + 1.5
            for (cell, width) in zip(cells, widths) {
                _ = paragraph(cell, x: x, baseline: y + 4.4, width: width - 2.5, size: 3.1, bold: bold, maxLines: 1, on: canvas)
                x += width
            }
            y += rowHeight
        }
        row(header, bold: true, fill: Self.paleGreen)
        for (index, cells) in rows.enumerated() {
            row(cells, bold: false, fill: index % 2 == 1 ? Self.stripe : nil)
        }
        canvas.stroke(PathCommand.rectangle(LabelBox(x: Self.margin, y: top, width: widths.reduce(0, +), height: y - top)),
                      color: Self.gray, width: 0.2)
        return y
    }
}
