/// A bar chart of counts: horizontal bars with their names on the left (towns, kinds, statuses) or
/// vertical bars over a time axis (months). Drawn on any `LabelCanvas`, so that the console's SVG and
/// the report's PDF show the same chart.
public struct BarChart: Sendable, Hashable {
    /// Which way the bars run.
    public enum Orientation: Sendable, Hashable {
        case horizontal
        case vertical
    }

    /// One bar: its name and its count.
    public struct Bar: Sendable, Hashable {
        public let label: String
        public let value: Int

        public init(label: String, value: Int) {
            self.label = label
            self.value = value
        }
    }

    public let title: String
    public let bars: [Bar]
    public let orientation: Orientation
    public let color: RGBColor

    public static let green = RGBColor(red: 0.18, green: 0.49, blue: 0.2)
    public static let blue = RGBColor(red: 0.13, green: 0.42, blue: 0.76)
    public static let orange = RGBColor(red: 0.85, green: 0.45, blue: 0.05)
    static let inkColor = RGBColor(red: 0.2, green: 0.2, blue: 0.2)
    static let gridColor = RGBColor(red: 0.82, green: 0.82, blue: 0.82)
    static let rowHeight = 5.0
    static let verticalHeight = 62.0

    public init(title: String, bars: [Bar], orientation: Orientation, color: RGBColor = BarChart.green) {
        self.title = title
        self.bars = bars
        self.orientation = orientation
        self.color = color
    }

    /// The height the chart needs (millimetres).
    public var height: Double {
        switch orientation {
        case .horizontal: 9 + Double(max(bars.count, 1)) * Self.rowHeight
        case .vertical: Self.verticalHeight
        }
    }

    /// The chart as an inline `<svg>` element `width` millimetres wide, its text escaped.
    public func svg(width: Double = 180) -> String {
        InlineSVG.element(width: width, height: height, label: title) { canvas, measurer in
            draw(on: canvas, in: LabelBox(x: 0, y: 0, width: width, height: height), measurer: measurer)
        }
    }

    func draw(on canvas: some LabelCanvas, in box: LabelBox, measurer: TextMeasurer) {
        canvas.text(title, x: box.x, baseline: box.y + 3.5, font: LabelFont(typeface: .sans, bold: true, size: 3.2), color: Self.inkColor)
        let top = ChartAxis.niceCeiling(Double(bars.map(\.value).max() ?? 0))
        switch orientation {
        case .horizontal: drawHorizontal(on: canvas, in: box, top: top, measurer: measurer)
        case .vertical: drawVertical(on: canvas, in: box, top: top, measurer: measurer)
        }
    }

    private static let small = LabelFont(typeface: .sans, bold: false, size: 2.6)

    private func drawHorizontal(on canvas: some LabelCanvas, in box: LabelBox, top: Double, measurer: TextMeasurer) {
        let labelWidth = min(box.width * 0.35, (bars.map { measurer.width(of: $0.label, font: Self.small) }.max() ?? 0) + 2)
        let valueWidth = measurer.width(of: "\(Int(top))", font: Self.small) + 2
        let plotX = box.x + labelWidth
        let plotWidth = max(box.width - labelWidth - valueWidth, 1)
        var y = box.y + 7
        for bar in bars {
            canvas.text(bar.label, x: plotX - 1.5 - measurer.width(of: bar.label, font: Self.small), baseline: y + 3.4, font: Self.small,
                        color: Self.inkColor)
            let length = plotWidth * Double(bar.value) / top
            if length > 0 {
                canvas.fill(PathCommand.rectangle(LabelBox(x: plotX, y: y + 0.8, width: length, height: Self.rowHeight - 1.6)),
                            color: color, evenOdd: false)
            }
            canvas.text("\(bar.value)", x: plotX + length + 1, baseline: y + 3.4, font: Self.small, color: Self.inkColor)
            y += Self.rowHeight
        }
        canvas.stroke([.move(x: plotX, y: box.y + 7), .line(x: plotX, y: y)], color: Self.inkColor, width: 0.2)
    }

    private func drawVertical(on canvas: some LabelCanvas, in box: LabelBox, top: Double, measurer: TextMeasurer) {
        let plot = LabelBox(x: box.x + 12, y: box.y + 10, width: box.width - 14, height: box.height - 18)
        func y(_ value: Double) -> Double { plot.y + plot.height * (1 - value / top) }
        for fraction in [0.0, 0.5, 1.0] {
            let value = top * fraction
            canvas.stroke([.move(x: plot.x, y: y(value)), .line(x: plot.x + plot.width, y: y(value))], color: Self.gridColor, width: 0.15)
            let label = value == value.rounded() ? "\(Int(value))" : "\(value)"
            canvas.text(label, x: plot.x - 1.2 - measurer.width(of: label, font: Self.small), baseline: y(value) + 0.9, font: Self.small,
                        color: Self.inkColor)
        }
        let slot = plot.width / Double(max(bars.count, 1))
        for (index, bar) in bars.enumerated() {
            let centre = plot.x + slot * (Double(index) + 0.5)
            let barWidth = min(slot * 0.6, 14)
            let barTop = y(Double(bar.value))
            if bar.value > 0 {
                canvas.fill(PathCommand.rectangle(LabelBox(x: centre - barWidth / 2, y: barTop, width: barWidth, height: plot.y + plot.height - barTop)),
                            color: color, evenOdd: false)
            }
            let value = "\(bar.value)"
            canvas.text(value, x: centre - measurer.width(of: value, font: Self.small) / 2, baseline: barTop - 1, font: Self.small,
                        color: Self.inkColor)
            canvas.text(bar.label, x: centre - measurer.width(of: bar.label, font: Self.small) / 2, baseline: plot.y + plot.height + 4,
                        font: Self.small, color: Self.inkColor)
        }
        canvas.stroke([.move(x: plot.x, y: plot.y + plot.height), .line(x: plot.x + plot.width, y: plot.y + plot.height)],
                      color: Self.inkColor, width: 0.25)
    }
}
