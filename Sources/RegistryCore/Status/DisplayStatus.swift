/// What a label, plaque or licence shows the public, derived from every level it rests on and never
/// stored: the worst of region title → licence → certificate → batch → label (DESIGN §4).
public struct DisplayStatus: Codable, Sendable, Hashable {
    public var state: State
    /// The level the state comes from.
    public var source: Source
    public var since: Day?
    /// The reason category in Chinese, for states other than valid.
    public var reason: String?
    /// A line shown beside the state, such as 称号复查中 on a valid label.
    public var notice: StatusNotice?

    /// The public states, from best to worst.
    public enum State: String, Codable, Sendable, CaseIterable, Comparable {
        case valid
        case suspended
        case expired
        case surrendered
        case revoked
        case voided

        /// The badge text.
        public var chinese: String {
            switch self {
            case .valid: "有效"
            case .suspended: "已暂停"
            case .expired: "已过期"
            case .surrendered: "已注销"
            case .revoked: "已撤销"
            case .voided: "已作废"
            }
        }

        public static func < (lhs: State, rhs: State) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The levels a status can come from, top first.
    public enum Source: String, Codable, Sendable {
        case regionTitle
        case licence
        case certificate
        case batch
        case label
    }

    public init(state: State, source: Source, since: Day? = nil, reason: String? = nil, notice: StatusNotice? = nil) {
        self.state = state
        self.source = source
        self.since = since
        self.reason = reason
        self.notice = notice
    }

    /// The worst of the given levels; on a tie the higher level (earlier in the list) explains it.
    public static func cascade(_ levels: [DisplayStatus]) -> DisplayStatus {
        levels.reduce(nil as DisplayStatus?) { worst, next in
            guard let worst else { return next }
            return next.state > worst.state ? next : worst
        } ?? DisplayStatus(state: .valid, source: .licence)
    }

    /// The status the region title gives every label: valid (with 称号复查中 during the grace of a
    /// pending recheck), or suspended or revoked with the reason.
    public static func of(_ title: RegionTitle, on day: Day) -> DisplayStatus {
        let name = "延庆区中国天然氧吧称号"
        return switch title.phase(on: day) {
        case .valid, .dueForRecheck:
            DisplayStatus(state: .valid, source: .regionTitle)
        case .underRecheck(let graceEnds):
            DisplayStatus(state: .valid, source: .regionTitle, notice: .regionTitleUnderRecheck(graceEndsOn: graceEnds))
        case .lapsed(let since, recheckPending: false):
            DisplayStatus(state: .suspended, source: .regionTitle, since: since, reason: "\(name)已于 \(title.validUntil) 到期，未登记复查申请")
        case .lapsed(let since, recheckPending: true):
            DisplayStatus(state: .suspended, source: .regionTitle, since: since,
                          reason: "\(name)已于 \(title.validUntil) 到期，复查宽限期已过，未登记复查结果")
        case .recheckFailed(let on):
            DisplayStatus(state: .suspended, source: .regionTitle, since: on, reason: "\(name)复查未通过")
        case .suspended:
            DisplayStatus(state: .suspended, source: .regionTitle, reason: "\(name)暂停\(title.note.map { "：\($0)" } ?? "")")
        case .revoked:
            DisplayStatus(state: .revoked, source: .regionTitle, reason: "\(name)被撤销")
        }
    }

    /// The status a licence gives its labels on a day.
    public static func of(_ licence: Licence, on day: Day) -> DisplayStatus {
        switch licence.status(on: day) {
        case .active:
            DisplayStatus(state: .valid, source: .licence)
        case .suspended:
            DisplayStatus(state: .suspended, source: .licence, since: licence.suspension?.since,
                          reason: licence.suspension.map { "\($0.reason)（整改期限 \($0.correctionDeadline)）" })
        case .expired:
            DisplayStatus(state: .expired, source: .licence, since: licence.validUntil.adding(days: 1), reason: "许可有效期至 \(licence.validUntil)")
        case .revoked:
            DisplayStatus(state: .revoked, source: .licence, since: licence.revocation?.on, reason: licence.revocation?.category.chinese)
        case .surrendered:
            DisplayStatus(state: .surrendered, source: .licence, since: licence.surrenderedOn, reason: "持证主体申请注销")
        }
    }

    /// The cascade for a licence under the region title, and under the climate-quality certificate it
    /// rests on, if any: a revoked certificate suspends the labels until the approver decides.
    public static func of(_ licence: Licence, under title: RegionTitle, restingOn certificate: ClimateCertificate? = nil,
                          on day: Day) -> DisplayStatus {
        cascade([of(title, on: day), of(licence, on: day)] + (certificate.map { [$0.displayStatus(on: day)] } ?? []))
    }
}
