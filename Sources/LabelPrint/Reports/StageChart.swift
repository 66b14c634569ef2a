import ClimateQuality
import Foundation

/// One stage's observed days as a chart: daily mean temperature (with the daily range as a band)
/// against the optimum band of the stage's temperature indicators, and cumulative precipitation and
/// sunshine on a second axis. Drawn on any `LabelCanvas`, so PDF and HTML show the same chart.
struct StageChart {
    let stage: StageResult
    let series: DailySeries

    static let temperatureColor = RGBColor(red: 0.80, green: 0.22, blue: 0.15)
    static let rangeColor = RGBColor(red: 0.94, green: 0.66, blue: 0.6)
    static let optimumColor = RGBColor(red: 0.83, green: 0.93, blue: 0.83)
    static let rainColor = RGBColor(red: 0.13, green: 0.42, blue: 0.76)
    static let sunshineColor = RGBColor(red: 0.93, green: 0.60, blue: 0.05)
    static let gridColor = RGBColor(red: 0.82, green: 0.82, blue: 0.82)
    static let inkColor = RGBColor(red: 0.2, green: 0.2, blue: 0.2)

    /// The optimum bands of the stage's temperature indicators, with their names.
    var optimumBands: [(name: String, band: ScoreBand)] {
        let temperatureKinds: Set<IndicatorKind> = [.meanTemperature, .meanDailyMaximum, .meanDailyMinimum]
        return stage.indicators.filter { temperatureKinds.contains($0.kind) }.compactMap { indicator in
            indicator.optimum.map { (indicator.name, $0) }
        }
    }

    func draw(on canvas: some LabelCanvas, in box: LabelBox, measurer: TextMeasurer) {
        let days = stage.window.days
        let readings = days.map { series.readings(on: $0) }
        let means = readings.map { $0?.validValue(.temperature) }
        let highs = readings.map { $0?.validValue(.maximumTemperature) }
        let lows = readings.map { $0?.validValue(.minimumTemperature) }
        let rain = Self.cumulative(readings.map { $0?.validValue(.precipitation) })
        let sunshine = Self.cumulative(readings.map { $0?.validValue(.sunshine) })

        let small = LabelFont(typeface: .sans, bold: false, size: 2.4)
        let title = LabelFont(typeface: .sans, bold: true, size: 3.2)
        canvas.text("\(StagePeriod.name(of: stage.name)) \(stage.window)", x: box.x, baseline: box.y + 3.5, font: title, color: Self.inkColor)
        let plot = LabelBox(x: box.x + 10, y: box.y + 8, width: box.width - 22, height: box.height - 18)

        let bandValues = optimumBands.flatMap { [$0.band.from, $0.band.to].compactMap { $0 } }
        let temperatures = (means + highs + lows).compactMap { $0 } + bandValues
        let low = ((temperatures.min() ?? 0) / 5).rounded(.down) * 5
        let high = max(low + 5, ((temperatures.max() ?? 10) / 5).rounded(.up) * 5)
        let amountTop = ChartAxis.niceCeiling(max(rain.compactMap { $0 }.max() ?? 0, sunshine.compactMap { $0 }.max() ?? 0, 10))
        func x(_ index: Int) -> Double { plot.x + plot.width * (Double(index) + 0.5) / Double(max(days.count, 1)) }
        func yTemperature(_ value: Double) -> Double { plot.y + plot.height * (high - value) / (high - low) }
        func yAmount(_ value: Double) -> Double { plot.y + plot.height * (1 - value / amountTop) }

        let bands = optimumBands.map { (name: $0.name, band: $0.band, top: yTemperature(min(high, $0.band.to ?? high)),
                                        bottom: yTemperature(max(low, $0.band.from ?? low))) }
        for band in bands {
            canvas.fill(PathCommand.rectangle(LabelBox(x: plot.x, y: band.top, width: plot.width, height: band.bottom - band.top)),
                        color: Self.optimumColor, evenOdd: false)
        }
        for step in stride(from: low, through: high, by: 5) {
            let y = yTemperature(step)
            canvas.stroke([.move(x: plot.x, y: y), .line(x: plot.x + plot.width, y: y)], color: Self.gridColor, width: 0.15)
            let label = "\(Int(step))"
            canvas.text(label, x: plot.x - 1.2 - measurer.width(of: label, font: small), baseline: y + 0.8, font: small, color: Self.inkColor)
        }
        for fraction in [0.0, 0.5, 1.0] {
            let label = "\(Int(amountTop * fraction))"
            canvas.text(label, x: plot.x + plot.width + 1.2, baseline: yAmount(amountTop * fraction) + 0.8, font: small, color: Self.inkColor)
        }
        canvas.text("mm / h", x: plot.x + plot.width + 1.2, baseline: plot.y - 1.5, font: small, color: Self.inkColor)

        for index in days.indices {
            if let top = highs[index], let bottom = lows[index] {
                let width = 0.35 * plot.width / Double(max(days.count, 1))
                canvas.fill(PathCommand.rectangle(LabelBox(x: x(index) - width / 2, y: yTemperature(top), width: width,
                                                           height: yTemperature(bottom) - yTemperature(top))),
                            color: Self.rangeColor, evenOdd: false)
            }
        }
        let bandInk = RGBColor(red: 0.18, green: 0.49, blue: 0.2)
        for band in bands {
            for edge in [band.top, band.bottom] where edge > plot.y && edge < plot.y + plot.height {
                canvas.stroke([.move(x: plot.x, y: edge), .line(x: plot.x + plot.width, y: edge)], color: bandInk, width: 0.25)
            }
            canvas.text("最适\(band.name) \(band.band.description) ℃", x: plot.x + 1, baseline: band.top + 2.8, font: small, color: bandInk)
        }
        for (values, color, scale) in [(means, Self.temperatureColor, yTemperature), (rain, Self.rainColor, yAmount),
                                       (sunshine, Self.sunshineColor, yAmount)] as [([Double?], RGBColor, (Double) -> Double)] {
            for segment in Self.segments(values) {
                canvas.stroke(segment.enumerated().map { offset, point in
                    offset == 0 ? .move(x: x(point.index), y: scale(point.value)) : .line(x: x(point.index), y: scale(point.value))
                }, color: color, width: 0.35)
            }
        }
        canvas.stroke(PathCommand.rectangle(plot), color: Self.inkColor, width: 0.2)

        for (index, day) in days.enumerated() where day.day == 1 || day.day == 11 || day.day == 21 {
            let label = "\(day.month)/\(day.day)"
            canvas.stroke([.move(x: x(index), y: plot.y + plot.height), .line(x: x(index), y: plot.y + plot.height + 0.8)],
                          color: Self.inkColor, width: 0.2)
            canvas.text(label, x: x(index) - measurer.width(of: label, font: small) / 2, baseline: plot.y + plot.height + 3.5,
                        font: small, color: Self.inkColor)
        }
        var legendX = plot.x
        for (label, color) in [("日平均气温 ℃", Self.temperatureColor), ("日最高–最低 ℃", Self.rangeColor), ("最适区间", Self.optimumColor),
                               ("累计降水 mm", Self.rainColor), ("累计日照 h", Self.sunshineColor)] {
            let baseline = box.y + box.height - 1
            canvas.fill(PathCommand.rectangle(LabelBox(x: legendX, y: baseline - 2, width: 4, height: 2)), color: color, evenOdd: false)
            canvas.text(label, x: legendX + 5, baseline: baseline, font: small, color: Self.inkColor)
            legendX += 7 + measurer.width(of: label, font: small)
        }
    }

    /// Running totals over the valid days; nil before the first one.
    static func cumulative(_ values: [Double?]) -> [Double?] {
        var total: Double?
        return values.map { value in
            if let value { total = (total ?? 0) + value }
            return total
        }
    }

    /// Runs of consecutive days with a value, so that gaps show as breaks in the line.
    static func segments(_ values: [Double?]) -> [[(index: Int, value: Double)]] {
        var segments: [[(index: Int, value: Double)]] = []
        var current: [(index: Int, value: Double)] = []
        for (index, value) in values.enumerated() {
            if let value { current.append((index, value)) } else if !current.isEmpty { segments.append(current); current = [] }
        }
        return current.isEmpty ? segments : segments + [current]
    }
}
