/// 天然氧吧称号: Yanqing's China Natural Oxygen Bar title, awarded by CMA and rechecked every 3 years.
/// Every licence hangs on it: when it is not valid, no label is.
public struct RegionTitle: Codable, Sendable, Hashable {
    public var awardedOn: Day
    public var lastRecheckOn: Day?
    public var validUntil: Day
    public var standing: Standing
    public var note: String?

    /// The title's standing as decided by CMA; `lapsed` also follows from `validUntil`.
    public enum Standing: String, Codable, Sendable, CaseIterable {
        case valid
        case suspended
        case revoked

        public var chinese: String {
            switch self {
            case .valid: "有效"
            case .suspended: "暂停"
            case .revoked: "撤销"
            }
        }
    }

    public init(awardedOn: Day, lastRecheckOn: Day?, validUntil: Day, standing: Standing, note: String? = nil) {
        self.awardedOn = awardedOn
        self.lastRecheckOn = lastRecheckOn
        self.validUntil = validUntil
        self.standing = standing
        self.note = note
    }

    /// Yanqing's title as of the 2023 recheck: awarded 2020, rechecked end-2023, next recheck due end-2026.
    public static let yanqing = RegionTitle(
        awardedOn: Day("2020-12-01")!, lastRecheckOn: Day("2023-12-15")!, validUntil: Day("2026-12-31")!,
        standing: .valid, note: "2020 年获评中国天然氧吧，2023 年底通过复查")

    /// Whether labels may be valid on a day.
    public func isValid(on day: Day) -> Bool { standing == .valid && day <= validUntil }
}
