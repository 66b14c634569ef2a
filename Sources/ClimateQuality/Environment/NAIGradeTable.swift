/// A versioned grading table for annual mean negative-air-ion concentration.
///
/// The shipped table is LY/T 2586-2016's 6 levels as recalled in standards.md §2.3 — tagged [M], not
/// verified in the standard's text — so its `status` is `to-confirm` and every report shows it.
public struct NAIGradeTable: Hashable, Sendable, Codable {
    public let id: String
    public let version: String
    public let status: String
    public let source: String
    /// Best level first; a value belongs to the first level whose `minimum` it reaches.
    public let levels: [NAIGradeLevel]

    public init(id: String, version: String, status: String, source: String, levels: [NAIGradeLevel]) {
        self.id = id
        self.version = version
        self.status = status
        self.source = source
        self.levels = levels
    }

    /// The level of an annual mean (ions per cm³), decided on the mean as printed (a whole number,
    /// `PrintedFigure`): 1199.5 prints 1200 and is Ⅱ.
    public func level(for concentration: Double) -> NAIGradeLevel {
        let printed = PrintedFigure.rounded(concentration, places: Self.places)
        return levels.first { printed >= $0.minimum } ?? levels[levels.count - 1]
    }

    /// Annual means are printed and graded as whole ions per cm³.
    public static let places = 0

    /// `1200`: an annual mean as printed.
    public static func text(_ concentration: Double) -> String { PrintedFigure.text(concentration, places: places) }

    /// LY/T 2586-2016, 6 levels, to be confirmed.
    public static let lyt2586 = NAIGradeTable(
        id: "LY/T 2586-2016", version: "1", status: "to-confirm",
        source: "standards.md §2.3 [M]: recalled, thresholds not retrieved from the standard's text",
        levels: [
            NAIGradeLevel(level: "Ⅰ", minimum: 3000, description: "非常清新"),
            NAIGradeLevel(level: "Ⅱ", minimum: 1200, description: "清新"),
            NAIGradeLevel(level: "Ⅲ", minimum: 500, description: "较清新"),
            NAIGradeLevel(level: "Ⅳ", minimum: 300, description: "一般"),
            NAIGradeLevel(level: "Ⅴ", minimum: 100, description: "不清新"),
            NAIGradeLevel(level: "Ⅵ", minimum: 0, description: "很不清新"),
        ])
}

/// One level of an NAI grading table: concentrations from `minimum` (inclusive) up to the next level.
public struct NAIGradeLevel: Hashable, Sendable, Codable {
    /// `Ⅰ` … `Ⅵ`.
    public let level: String
    public let minimum: Double
    public let description: String

    public init(level: String, minimum: Double, description: String) {
        self.level = level
        self.minimum = minimum
        self.description = description
    }
}
