/// How the registry treats the end of the title's term ([default] values in
/// `Schemas/rules/region-title.json`): it warns `warningLeadDays` before `validUntil`, and while a
/// recheck is recorded as pending labels stay valid `graceDays` after it.
public struct RegionTitleTerms: Codable, Sendable, Hashable {
    public var warningLeadDays: Int
    public var graceDays: Int

    /// The bounds a rules file must keep.
    public static let leadRange = 0...366
    public static let graceRange = 0...731

    public init(warningLeadDays: Int, graceDays: Int) {
        self.warningLeadDays = warningLeadDays
        self.graceDays = graceDays
    }
}
