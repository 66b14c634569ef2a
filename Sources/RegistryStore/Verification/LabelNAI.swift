import ClimateQuality

/// A homestay label's air: the nearest NAI station with a valid annual mean last year, and its grade.
public struct LabelNAI: Sendable {
    public let station: String
    public let year: Int
    /// Ions per cm³.
    public let mean: Double
    public let level: NAIGradeLevel
}
