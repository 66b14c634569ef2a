/// 标识使用许可: the right to carry the oxygen-bar label, with scope, quota and validity.
///
/// active ⇄ suspended → revoked (final) | surrendered; expired follows from the date. Its validity is a
/// run of terms (许可期限): the grant's, then one per renewal (续展), each from the day after the last.
public struct Licence: Codable, Sendable, Hashable {
    /// The public number, e.g. `YQYB-P-2025-0012`.
    public let number: String
    public let applicationNumber: String
    public let subjectID: Int64
    public let operatorID: USCC
    public let kind: SubjectKind
    /// What the licence covers, in words, e.g. `张山营镇前黑龙庙村葡萄园 巨峰葡萄 2025 年度`.
    public let scope: String
    /// How many labels may be issued under it.
    public let quota: Int
    public let grantedOn: Day
    public private(set) var validUntil: Day
    /// When the yearly check of a homestay or dish licence is due.
    public private(set) var nextCheckDue: Day?
    public private(set) var status: LicenceStatus
    public private(set) var suspension: Suspension?
    public private(set) var revocation: Revocation?
    public private(set) var surrenderedOn: Day?
    /// Its terms, oldest first; the last one ends on `validUntil`.
    public private(set) var terms: [LicenceTerm]
    /// The climate-quality certificate a product licence rests on: the one whose grade its labels show
    /// when it was granted, or the one the approver reinstated it on. While it is revoked the labels show
    /// 已暂停 (DESIGN §4) until the approver decides.
    public private(set) var climateCertificate: String?
    /// The other certification (绿色食品, 有机, 地理标志) the approver reinstated the licence on instead of a
    /// certificate.
    public private(set) var certification: Evidence?

    /// A suspension and the deadline for the holder to correct what was wrong.
    public struct Suspension: Codable, Sendable, Hashable {
        public var since: Day
        public var reason: String
        public var correctionDeadline: Day
    }

    /// A final revocation.
    public struct Revocation: Codable, Sendable, Hashable {
        public var on: Day
        public var category: RevocationReason
        public var reason: String
    }

    /// Grants the licence of an application whose publicity has closed; a product's resting on the
    /// climate-quality certificate whose grade its labels show, if any.
    public init(number: String, application: Application, subject: Subject, on day: Day, policy: WorkflowPolicy,
                climateCertificate: String? = nil) throws {
        guard application.state == .granted else {
            throw RegistryError.transitionNotAllowed(entity: .application, id: application.number, state: application.state.chinese, action: .closePublicity)
        }
        self.number = number
        self.applicationNumber = application.number
        self.subjectID = subject.id
        self.operatorID = subject.operatorID
        self.kind = subject.kind
        self.grantedOn = day
        self.validUntil = day.adding(months: policy.licenceMonths(for: subject.kind)).adding(days: -1)
        self.status = .active
        var season: Int?
        self.climateCertificate = climateCertificate
        switch subject.details {
        case .product(let product):
            season = product.season
            self.scope = "\(subject.name)（\(product.crop)\(product.variety.map { "·\($0)" } ?? "")，\(product.plot)，\(product.season) 年度）"
            self.quota = try policy.labelQuota(of: product)
        case .homestay(let homestay):
            self.scope = "\(subject.name)（\(homestay.address)，\(homestay.rooms) 间客房）"
            self.quota = policy.homestayPlaqueQuota
            self.nextCheckDue = day.adding(months: policy.annualCheckMonths)
        case .dish(let dish):
            self.scope = "\(subject.name)（\(dish.restaurant)）"
            self.quota = policy.dishCardQuota
            self.nextCheckDue = day.adding(months: policy.annualCheckMonths)
        }
        self.terms = [LicenceTerm(number: 1, from: day, until: validUntil, applicationNumber: application.number, grantedOn: day, season: season)]
    }

    /// The last term, which ends on `validUntil`.
    public var lastTerm: LicenceTerm {
        terms.last ?? LicenceTerm(number: 1, from: grantedOn, until: validUntil, applicationNumber: applicationNumber, grantedOn: grantedOn, season: nil)
    }

    /// The term a day lies in, if any.
    public func term(on day: Day) -> LicenceTerm? {
        terms.last { $0.contains(day) }
    }

    /// The status on a day, with expiry derived from the validity date.
    public func status(on day: Day) -> LicenceStatus {
        switch status {
        case .active, .suspended: day > validUntil ? .expired : status
        default: status
        }
    }

    /// 暂停: reversible, with a deadline for correction.
    public mutating func suspend(by actor: Actor, on day: Day, reason: String, correctionDeadline: Day) throws {
        try step(.suspendLicence, by: actor, on: day)
        guard correctionDeadline > day else {
            throw RegistryError.invalidDate(field: "deadline", chinese: "整改期限应晚于今天（\(day)）", english: "the correction deadline must be after today (\(day))")
        }
        suspension = Suspension(since: day, reason: try TextInput.required(reason, field: .reason, maxLength: 500), correctionDeadline: correctionDeadline)
        status = .suspended
    }

    /// 恢复: ends a suspension.
    public mutating func reinstate(by actor: Actor, on day: Day) throws {
        try step(.reinstateLicence, by: actor, on: day)
        suspension = nil
        status = .active
    }

    /// Whether the licence waits for the approver's decision: the certificate it rests on (`current`) is
    /// revoked while the licence is still in force.
    public func awaitsReview(restingOn current: ClimateCertificate?, on day: Day) -> Bool {
        guard let current, current.number == climateCertificate, current.revocation != nil else { return false }
        return [.active, .suspended].contains(status(on: day))
    }

    /// 复核后恢复: once the certificate it rested on (`current`) is revoked, the licence rests on another
    /// certificate of its product, valid today and of at least `minimumGrade`.
    public mutating func restOn(certificate: ClimateCertificate, replacing current: ClimateCertificate?, minimumGrade: ClimateGrade,
                                by actor: Actor, on day: Day) throws {
        try reviewStep(restingOn: current, by: actor, on: day)
        let field = FieldName("气候品质认证证书", "climate-quality certificate")
        guard certificate.subjectID == subjectID else {
            throw FieldError.invalid(field: field, chinese: "证书 \(certificate.number) 不属于本许可的产品",
                                     english: "certificate \(certificate.number) is not of this licence's product")
        }
        guard certificate.status(on: day) == .issued else {
            throw FieldError.invalid(field: field, chinese: "证书 \(certificate.number) \(certificate.status(on: day).chinese)",
                                     english: "certificate \(certificate.number) is \(certificate.status(on: day).rawValue)")
        }
        guard certificate.grade >= minimumGrade else {
            throw FieldError.invalid(field: field, chinese: "证书 \(certificate.number) 等级「\(certificate.grade.chinese)」低于「\(minimumGrade.chinese)」",
                                     english: "certificate \(certificate.number) is graded below \(minimumGrade.english)")
        }
        climateCertificate = certificate.number
        self.certification = nil
    }

    /// 复核后恢复: once the certificate it rested on (`current`) is revoked, the licence rests on another
    /// certification of one of the kinds the product rule accepts instead, valid today.
    public mutating func restOn(certification evidence: Evidence, replacing current: ClimateCertificate?, alternatives: [EvidenceKind],
                                by actor: Actor, on day: Day) throws {
        try reviewStep(restingOn: current, by: actor, on: day)
        guard alternatives.contains(evidence.kind) else {
            throw FieldError.invalid(field: FieldName("证明文件类别", "evidence kind"),
                                     chinese: "只接受\(alternatives.map(\.chinese).joined(separator: "、"))",
                                     english: "only \(alternatives.map(\.rawValue).joined(separator: ", ")) are accepted")
        }
        guard evidence.isValid(on: day) else {
            throw FieldError.invalid(field: FieldName("有效期至", "valid until"), chinese: "证明文件已过有效期",
                                     english: "the document is no longer valid")
        }
        climateCertificate = nil
        certification = evidence
    }

    private func reviewStep(restingOn current: ClimateCertificate?, by actor: Actor, on day: Day) throws {
        try actor.require(.reviewLicenceBasis)
        guard awaitsReview(restingOn: current, on: day) else {
            throw RegistryError.transitionNotAllowed(entity: .licence, id: number, state: status(on: day).chinese, action: .reviewLicenceBasis)
        }
    }

    /// 撤销: final. The operator may not apply again during the bar period.
    public mutating func revoke(by actor: Actor, on day: Day, category: RevocationReason, reason: String) throws {
        try step(.revokeLicence, by: actor, on: day)
        revocation = Revocation(on: day, category: category, reason: try TextInput.required(reason, field: .reason, maxLength: 500))
        status = .revoked
    }

    /// 注销: the holder gives the licence up.
    public mutating func surrender(by actor: Actor, on day: Day) throws {
        try step(.surrenderLicence, by: actor, on: day)
        surrenderedOn = day
        status = .surrendered
    }

    /// The renewal (续展) that may be applied for on a day: the next term, from the day after the last one
    /// ends, for one validity period of the licence's kind. Refused for a revoked or surrendered licence,
    /// and outside the window from `renewalWindowDaysBefore` days before the last term ends to
    /// `renewalWindowDaysAfter` days after it, where a new admission is needed.
    public func renewalRequest(by actor: Actor, on day: Day, policy: WorkflowPolicy) throws -> RenewalRequest {
        try step(.applyForRenewal, by: actor, on: day)
        let last = lastTerm
        let opens = last.until.adding(days: -policy.renewalWindowDaysBefore)
        let closes = last.until.adding(days: policy.renewalWindowDaysAfter)
        guard opens <= day, day <= closes else {
            throw RegistryError.outsideRenewalWindow(licence: number, validUntil: last.until, opens: opens, closes: closes, tooLate: day > closes)
        }
        let from = last.until.adding(days: 1)
        return RenewalRequest(licenceNumber: number, renewsTerm: last.number, from: from,
                              until: from.adding(months: policy.licenceMonths(for: kind)).adding(days: -1), season: last.season.map { $0 + 1 })
    }

    /// 续展: adds the term of a granted renewal application. Refused unless the application renews this
    /// licence's last term (one renewal per term), and for a revoked or surrendered licence.
    public mutating func renew(by actor: Actor, granting application: Application, on day: Day, policy: WorkflowPolicy) throws {
        guard let request = application.renewal, request.licenceNumber == number, application.state == .granted else {
            throw RegistryError.transitionNotAllowed(entity: .application, id: application.number, state: application.state.chinese, action: .renewLicence)
        }
        try step(.renewLicence, by: actor, on: day)
        guard request.renewsTerm == lastTerm.number else {
            throw RegistryError.termAlreadyRenewed(licence: number, term: request.renewsTerm, application: lastTerm.applicationNumber)
        }
        terms.append(LicenceTerm(number: request.renewsTerm + 1, from: request.from, until: request.until,
                                 applicationNumber: application.number, grantedOn: day, season: request.season))
        validUntil = request.until
        if nextCheckDue != nil { nextCheckDue = day.adding(months: policy.annualCheckMonths) }
    }

    /// The day the operator may apply again after a revocation.
    public func barEnds(policy: WorkflowPolicy) -> Day? {
        revocation.map { $0.on.adding(months: $0.category.isFraud ? policy.fraudBarMonths : policy.revocationBarMonths) }
    }

    /// The statuses a licence may be in, on the day, for `action`: 暂停 an active one, 恢复 a suspended
    /// one, 撤销 or 续展 any not yet ended by revocation or surrender, 注销 an active or suspended one.
    public static func statuses(allowing action: RegistryAction) -> Set<LicenceStatus> {
        switch action {
        case .suspendLicence: [.active]
        case .reinstateLicence: [.suspended]
        case .revokeLicence: [.active, .suspended, .expired]
        case .surrenderLicence: [.active, .suspended]
        case .applyForRenewal, .renewLicence: [.active, .suspended, .expired]
        default: []
        }
    }

    /// Whether `action` may change the licence on `day`, as far as its status goes.
    public func allows(_ action: RegistryAction, on day: Day) -> Bool {
        Self.statuses(allowing: action).contains(status(on: day))
    }

    private func step(_ action: RegistryAction, by actor: Actor, on day: Day) throws {
        try actor.require(action)
        let current = status(on: day)
        guard Self.statuses(allowing: action).contains(current) else {
            throw RegistryError.transitionNotAllowed(entity: .licence, id: number, state: current.chinese, action: action)
        }
    }
}
