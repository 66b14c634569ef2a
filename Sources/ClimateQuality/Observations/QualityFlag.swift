/// The quality-control state of one reading.
///
/// Only `valid` and `confirmed` readings count towards data validity and indicators. Suspect readings
/// are kept and shown, never silently dropped (standards.md §2.4), until a reviewer confirms them.
public enum QualityFlag: String, Sendable, Codable, CaseIterable {
    /// Passed every check.
    case valid
    /// Was suspect and a reviewer confirmed it as real.
    case confirmed
    /// NAI above 50 000 /cm³ or more than 10× the previous hour (§2.4 [D]).
    case spike
    /// The same value for 6 hours or more: probably a stuck sensor (§2.4 [D]).
    case stuck
    /// Marked suspect by the data provider (CMA QC code 1).
    case sourceSuspect
    /// Marked wrong by the data provider (CMA QC code 2).
    case sourceError
    /// A daily value made from too few valid hours (fewer than 20, §2.4 [D]).
    case incomplete

    /// Whether the reading may be used in statistics.
    public var countsAsValid: Bool { self == .valid || self == .confirmed }

    /// The flag for a CMA quality-control code (0 correct, 1 suspect, 2 wrong, 3 corrected,
    /// 4 modified, 9 not checked); nil for 8 (missing) and unknown codes.
    public init?(cmaCode: Int) {
        switch cmaCode {
        case 0, 3, 4, 9: self = .valid
        case 1: self = .sourceSuspect
        case 2: self = .sourceError
        default: return nil
        }
    }

    /// The CMA code that means "missing" (缺测).
    public static let cmaMissingCode = 8
}
