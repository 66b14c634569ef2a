/// 气候品质认证证书: the climate-quality grade of one product's season, issued by the weather bureau.
///
/// issued → expired (derived from `validUntil`) | revoked (final, with a reason). An expert override
/// keeps the computed score and grade beside the new ones, with who and why.
public struct ClimateCertificate: Codable, Sendable, Hashable {
    /// `YQQP-<year>-<crop code>-<NNNN>`, e.g. `YQQP-2025-PT-0007`.
    public let number: String
    public let subjectID: Int64
    public let operatorID: USCC
    /// The product as registered, e.g. `前黑龙庙巨峰葡萄`.
    public let product: String
    /// The crop as the crop model names it, e.g. `鲜食葡萄`, and the model and version that graded it.
    public let crop: String
    public let cropModel: String
    public let plot: String
    /// The year the season ends in.
    public let season: Int
    /// The stage windows, e.g. `2025-06-01…2025-09-20`.
    public let seasonPeriod: String
    /// IQ as computed (2 decimals) and its grade after veto caps.
    public let computedScore: Double
    public let computedGrade: ClimateGrade
    public private(set) var override: Override?
    /// The station whose data were used, and why it represents the plot.
    public let stationID: String
    public let station: String
    /// How complete the data behind the indicators were, e.g. `各指标有效天数 96%–100%，无连续缺测`.
    public let dataCompleteness: String
    public let issuedOn: Day
    public let validUntil: Day
    /// The certifying body, e.g. `延庆区气象局`.
    public let issuer: String
    /// The person who issued it.
    public let issuedBy: String
    public private(set) var revocation: Revocation?

    /// An expert's change of the score, beside the computed one.
    public struct Override: Codable, Sendable, Hashable {
        public var score: Double
        public var grade: ClimateGrade
        public var expert: String
        public var reason: String
        public var on: Day
    }

    /// A final withdrawal of the certificate.
    public struct Revocation: Codable, Sendable, Hashable {
        public var on: Day
        public var by: String
        /// The category the public sees; revocations recorded before categories read as `other`.
        public var category: CertificateRevocationReason
        public var reason: String

        public init(on: Day, by: String, category: CertificateRevocationReason, reason: String) {
            self.on = on
            self.by = by
            self.category = category
            self.reason = reason
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            on = try container.decode(Day.self, forKey: .on)
            by = try container.decode(String.self, forKey: .by)
            category = try container.decodeIfPresent(CertificateRevocationReason.self, forKey: .category) ?? .other
            reason = try container.decode(String.self, forKey: .reason)
        }
    }

    /// Issues a certificate for a product subject; refused for another kind of subject or a role that
    /// may not issue.
    public init(number: String, subject: Subject, crop: String, cropModel: String, seasonPeriod: String,
                score: Double, grade: ClimateGrade, stationID: String, station: String, dataCompleteness: String,
                issuedOn: Day, validUntil: Day, issuer: String, by actor: Actor) throws {
        try actor.require(.issueCertificate)
        guard case .product(let product) = subject.details else {
            throw RegistryError.wrongSubjectKind(expected: .product, actual: subject.kind)
        }
        self.number = number
        subjectID = subject.id
        operatorID = subject.operatorID
        self.product = subject.name
        self.crop = crop
        self.cropModel = cropModel
        plot = product.plot
        season = product.season
        self.seasonPeriod = seasonPeriod
        computedScore = score
        computedGrade = grade
        self.stationID = stationID
        self.station = station
        self.dataCompleteness = dataCompleteness
        self.issuedOn = issuedOn
        self.validUntil = validUntil
        self.issuer = issuer
        issuedBy = actor.name
    }

    /// The score in force: the expert's when overridden, else the computed one.
    public var score: Double { override?.score ?? computedScore }

    /// The grade in force.
    public var grade: ClimateGrade { override?.grade ?? computedGrade }

    /// The status on a day, expiry derived from `validUntil`.
    public func status(on day: Day) -> CertificateStatus {
        if revocation != nil { return .revoked }
        return day > validUntil ? .expired : .issued
    }

    /// What the labels of a licence resting on this certificate show on a day (DESIGN §4 cascade level):
    /// once it is revoked, 已暂停 until the approver decides (reinstate the licence on another certificate
    /// or evidence, or revoke it). Its expiry lapses nothing: the licence's own term does.
    public func displayStatus(on day: Day) -> DisplayStatus {
        guard let revocation else { return DisplayStatus(state: .valid, source: .certificate) }
        return DisplayStatus(state: .suspended, source: .certificate, since: revocation.on,
                             reason: "所依据的气候品质认证证书 \(number) 已撤销（\(revocation.category.chinese)），待复核")
    }

    /// 专家改判: sets the score and grade in force; the computed ones stay. `grade` must be the grade
    /// of `score` under the thresholds the assessment used (the caller checks it).
    public mutating func override(score: Double, grade: ClimateGrade, reason: String, by actor: Actor, on day: Day) throws {
        try step(.overrideAssessment, by: actor, on: day, from: [.issued])
        override = Override(score: score, grade: grade, expert: actor.name,
                            reason: try TextInput.required(reason, field: .reason, maxLength: 500), on: day)
    }

    /// 撤销: final, with the category the public sees and the full reason.
    public mutating func revoke(category: CertificateRevocationReason, reason: String, by actor: Actor, on day: Day) throws {
        try step(.revokeCertificate, by: actor, on: day, from: [.issued, .expired])
        revocation = Revocation(on: day, by: actor.name, category: category,
                                reason: try TextInput.required(reason, field: .reason, maxLength: 500))
    }

    private func step(_ action: RegistryAction, by actor: Actor, on day: Day, from allowed: Set<CertificateStatus>) throws {
        try actor.require(action)
        let current = status(on: day)
        guard allowed.contains(current) else {
            throw RegistryError.transitionNotAllowed(entity: .climateCertificate, id: number, state: current.chinese, action: action)
        }
    }
}
