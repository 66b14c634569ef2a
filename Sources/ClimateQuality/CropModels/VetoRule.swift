import RegistryCore

/// Caps the grade when an indicator of a stage scores 1 (不适宜).
///
/// [D] standards.md §1.3 step 7: "any indicator scored 1 in the most heavily weighted stage caps the
/// grade at 优".
public struct VetoRule: Hashable, Sendable, Codable {
    /// A stage id, or `heaviest` for the stage with the largest weight.
    public let stage: String
    /// The best grade still possible when the rule fires.
    public let cap: ClimateGrade
    public let source: String

    /// The `stage` value that means the heaviest stage.
    public static let heaviestStage = "heaviest"

    public init(stage: String, cap: ClimateGrade, source: String) {
        self.stage = stage
        self.cap = cap
        self.source = source
    }
}
