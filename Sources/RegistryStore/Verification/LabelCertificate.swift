import RegistryCore

/// The climate-quality certificate whose grade a label shows, with its season's highlights.
public struct LabelCertificate: Sendable {
    public let number: String
    public let grade: ClimateGrade
    /// Sentences such as "转色至成熟期日较差 11.8 ℃，日照 362 小时".
    public let highlights: [String]
}
