import RegistryCore

/// The region title on the dashboard: its standing, term, recheck, what labels show because of it, and
/// the warning when its end is near or past.
struct RegionTitleView: Encodable {
    let standing: String
    let awardedOn: String
    let validUntil: String
    let recheck: String
    let labels: String
    let warning: String?

    init(_ title: RegionTitle, on day: Day) {
        let shown = DisplayStatus.of(title, on: day)
        standing = title.standing.chinese
        awardedOn = title.awardedOn.description
        validUntil = title.validUntil.description
        recheck = title.recheck.map { "\($0.outcome.chinese)（\($0.recordedOn) 登记）" } ?? "未登记"
        labels = [shown.state.chinese, shown.reason, shown.notice?.chinese].compactMap { $0 }.joined(separator: "，")
        warning = title.warning(on: day)
    }
}
