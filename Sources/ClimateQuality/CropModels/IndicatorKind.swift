/// What an indicator computes from a stage's daily data (standards.md §1.4 generic catalogue [C]).
public enum IndicatorKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Mean of daily mean temperatures, ℃.
    case meanTemperature
    /// Mean of daily maximum temperatures (daytime), ℃.
    case meanDailyMaximum
    /// Mean of daily minimum temperatures (night), ℃.
    case meanDailyMinimum
    /// Highest daily maximum, ℃.
    case highestTemperature
    /// Lowest daily minimum, ℃.
    case lowestTemperature
    /// ≥ threshold (10 ℃) active accumulated temperature (活动积温): sum of daily means ≥ threshold, ℃·d.
    case activeAccumulatedTemperature
    /// Mean diurnal range (日较差) Tmax − Tmin, ℃.
    case meanDiurnalRange
    /// Total sunshine hours.
    case sunshineHours
    /// Total precipitation, mm.
    case precipitation
    /// Days with precipitation ≥ threshold mm.
    case rainDays
    /// Mean relative humidity, %.
    case meanHumidity
    /// Days on which `element` ≤ threshold (e.g. frost: minimum temperature ≤ 0 ℃).
    case daysAtOrBelow
    /// Days on which `element` ≥ threshold (e.g. heat: maximum temperature ≥ 35 ℃).
    case daysAtOrAbove

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let kind = IndicatorKind(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "unknown indicator kind \"\(text)\"; known: "
                    + IndicatorKind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        self = kind
    }

    /// The kind's Chinese name, as the crop-model page shows it; a day count names its element with
    /// `chinese(counting:)`.
    public var chinese: String {
        switch self {
        case .meanTemperature: "平均气温"
        case .meanDailyMaximum: "平均最高气温"
        case .meanDailyMinimum: "平均最低气温"
        case .highestTemperature: "极端最高气温"
        case .lowestTemperature: "极端最低气温"
        case .activeAccumulatedTemperature: "活动积温"
        case .meanDiurnalRange: "平均气温日较差"
        case .sunshineHours: "日照时数"
        case .precipitation: "降水量"
        case .rainDays: "降水日数"
        case .meanHumidity: "平均相对湿度"
        case .daysAtOrBelow: "不高于阈值的日数"
        case .daysAtOrAbove: "不低于阈值的日数"
        }
    }

    /// The Chinese name with the element a day count counts (“最低气温不高于阈值的日数”).
    public func chinese(counting element: ObservationElement?) -> String {
        guard needsElement, let element else { return chinese }
        return element.chineseName + chinese
    }

    /// Whether the kind needs a `threshold`.
    public var needsThreshold: Bool {
        [.activeAccumulatedTemperature, .rainDays, .daysAtOrBelow, .daysAtOrAbove].contains(self)
    }

    /// Whether the kind needs an `element`.
    public var needsElement: Bool { self == .daysAtOrBelow || self == .daysAtOrAbove }

    /// The elements that must be valid on a day for it to count (`element` for day counts).
    public func elements(counting element: ObservationElement?) -> [ObservationElement] {
        switch self {
        case .meanTemperature, .activeAccumulatedTemperature: [.temperature]
        case .meanDailyMaximum, .highestTemperature: [.maximumTemperature]
        case .meanDailyMinimum, .lowestTemperature: [.minimumTemperature]
        case .meanDiurnalRange: [.maximumTemperature, .minimumTemperature]
        case .sunshineHours: [.sunshine]
        case .precipitation, .rainDays: [.precipitation]
        case .meanHumidity: [.humidity]
        case .daysAtOrBelow, .daysAtOrAbove: element.map { [$0] } ?? []
        }
    }

    /// The unit as printed in sentences.
    public var unit: String {
        switch self {
        case .meanTemperature, .meanDailyMaximum, .meanDailyMinimum, .highestTemperature, .lowestTemperature,
             .meanDiurnalRange: "℃"
        case .activeAccumulatedTemperature: "℃·d"
        case .sunshineHours: "小时"
        case .precipitation: "毫米"
        case .rainDays, .daysAtOrBelow, .daysAtOrAbove: "天"
        case .meanHumidity: "%"
        }
    }

    /// Decimals shown: one for means, none for sums and counts.
    public var decimals: Int {
        switch self {
        case .meanTemperature, .meanDailyMaximum, .meanDailyMinimum, .highestTemperature, .lowestTemperature,
             .meanDiurnalRange: 1
        default: 0
        }
    }
}
