import ClimateQuality
import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Assesses a product's season and issues its certificate, numbered `YQQP-<season>-<crop code>-NNNN`,
    /// with the assessment kept beside it. Refused when the season was rejected or cannot be graded,
    /// or when the season already has a certificate that is not revoked. `season` names a later season
    /// than the subject's own, as for `assessSeason`.
    public func issueCertificate(subjectID: Int64, season: Int? = nil, stationID: String? = nil, by actor: Actor) throws -> ClimateCertificate {
        try actor.require(.issueCertificate)
        let assessment = try assessSeason(subjectID: subjectID, season: season, stationID: stationID, by: actor)
        guard let score = assessment.score, let grade = assessment.grade else {
            throw ClimateStoreError.seasonNotGraded(subjectID: subjectID, reasons: Self.reasons(assessment.outcome))
        }
        if let existing = try String.fetchOne(try db.cachedStatement(sql: """
            SELECT number FROM climate_certificates WHERE subject_id = ? AND season = ? AND status = ?
            """), arguments: [subjectID, assessment.seasonYear, CertificateStatus.issued.rawValue]) {
            throw RegistryError.duplicate(entity: .climateCertificate, id: existing)
        }
        let subject = try subject(subjectID, season: season)
        let model = try cropModel(for: assessment.crop)
        let sequence = "YQQP-\(assessment.seasonYear)-\(assessment.cropCode)"
        let number = String(format: "%@-%04d", sequence, try nextNumber(in: sequence))
        let validity = model.certificateValidity ?? configuration.certification.validity
        let certificate = try ClimateCertificate(
            number: number, subject: subject, crop: assessment.crop, cropModel: "\(model.id) \(model.version)",
            seasonPeriod: assessment.seasonPeriod.description, score: score, grade: grade, stationID: assessment.station.station.id,
            station: assessment.station.summary, dataCompleteness: Self.completeness(of: assessment), issuedOn: today,
            validUntil: validity.validUntil(season: assessment.seasonYear), issuer: configuration.certification.issuer, by: actor)
        let body = try encode(certificate)
        try db.cachedStatement(sql: """
            INSERT INTO climate_certificates(number, subject_id, season, status, valid_until, body, assessment_id, station_choice)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [number, subjectID, certificate.season, CertificateStatus.issued.rawValue,
                                     certificate.validUntil.description, body, try storedAssessmentID(assessment),
                                     try encode(assessment.station)])
        cache.forget(Self.certificatesKey(subjectID))
        try appendAudit(actor, .issueCertificate, .climateCertificate, number, to: CertificateStatus.issued.rawValue,
                        reason: "\(certificate.product) \(certificate.season) 年度 \(grade.chinese)（\(score)）", details: body)
        return certificate
    }

    /// 专家改判: sets a new score (its grade follows the thresholds); the computed score stays on the
    /// certificate, and the override is audited with who and why.
    @discardableResult
    public func overrideCertificate(_ number: String, score: Double, reason: String, by actor: Actor) throws -> ClimateCertificate {
        var certificate = try climateCertificate(number)
        let assessment = try assessment(ofCertificate: certificate.number)
        let grade = assessment.thresholds.grade(for: score)
        let decision: ExpertOverride
        do {
            decision = try ExpertOverride(of: assessment, score: score, grade: grade, expert: actor.name, reason: reason,
                                          date: CivilDate(year: today.year, month: today.month, day: today.day)!)
        } catch {
            throw ClimateStoreError.climateQuality(error)
        }
        let from = "\(certificate.grade.chinese) \(GradeThresholds.text(certificate.score))"
        try certificate.override(score: decision.overridingScore ?? score, grade: grade, reason: reason, by: actor, on: today)
        try save(certificate)
        try appendAudit(actor, .overrideAssessment, .climateCertificate, certificate.number, from: from,
                        to: "\(certificate.grade.chinese) \(GradeThresholds.text(certificate.score))", reason: reason, details: try encode(decision))
        return certificate
    }

    /// 撤销 a certificate: final. Products resting on it no longer pass the admission rule, and the labels
    /// of licences resting on it show 已暂停 from this change on, each licence waiting for the approver's
    /// decision (`licencesAwaitingReview`): derived, so no licence record is rewritten.
    @discardableResult
    public func revokeCertificate(_ number: String, category: CertificateRevocationReason, reason: String, by actor: Actor) throws -> ClimateCertificate {
        var certificate = try climateCertificate(number)
        let from = certificate.status(on: today)
        try certificate.revoke(category: category, reason: reason, by: actor, on: today)
        try save(certificate)
        try appendAudit(actor, .revokeCertificate, .climateCertificate, certificate.number, from: from.rawValue,
                        to: CertificateStatus.revoked.rawValue, reason: "\(category.chinese)：\(reason)",
                        details: "{\"category\":\"\(category.rawValue)\"}")
        return certificate
    }

    /// The certificate with a number, or a not-found error.
    public func climateCertificate(_ number: String) throws -> ClimateCertificate {
        let key = number.trimmingCharacters(in: .whitespaces).uppercased()
        guard let body = try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM climate_certificates WHERE number = ?"),
                                             arguments: [key]) else {
            throw RegistryError.notFound(entity: .climateCertificate, id: number)
        }
        return try decode(ClimateCertificate.self, body, entity: .climateCertificate, id: key)
    }

    /// Every certificate, by number.
    public func climateCertificates() throws -> [ClimateCertificate] {
        try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM climate_certificates ORDER BY number"))
            .map { try decode(ClimateCertificate.self, $0, entity: .climateCertificate, id: "?") }
    }

    /// A subject's certificates, by number (kept for the transaction).
    public func climateCertificates(subjectID: Int64) throws -> [ClimateCertificate] {
        try cache.value(Self.certificatesKey(subjectID)) { () throws -> [ClimateCertificate]? in
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM climate_certificates WHERE subject_id = ? ORDER BY number"),
                                arguments: [subjectID])
                .map { try decodeShared(ClimateCertificate.self, $0, entity: .climateCertificate, id: "?") }
        } ?? []
    }

    /// The assessment a certificate was issued on, as it was then, with the station as chosen for its plot.
    public func assessment(ofCertificate number: String) throws -> SeasonAssessment {
        let key = number.uppercased()
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT a.body AS assessment, c.station_choice FROM climate_certificates c JOIN season_assessments a ON a.id = c.assessment_id
            WHERE c.number = ?
            """), arguments: [key]) else {
            throw RegistryError.notFound(entity: .climateCertificate, id: number)
        }
        let graded = try decodeShared(SeasonAssessment.self, row["assessment"], entity: .climateCertificate, id: key)
        return graded.at(try decodeShared(StationChoice.self, row["station_choice"], entity: .climateCertificate, id: key))
    }

    private static func certificatesKey(_ subjectID: Int64) -> String { "certificates:\(subjectID)" }

    /// The row of an assessment: assessments of one crop model, season and station computed in one
    /// transaction are the same, so certificates issued together share one row.
    private func storedAssessmentID(_ assessment: SeasonAssessment) throws -> Int64 {
        let key = "\(Self.seriesCachePrefix)assessment-row:\(assessment.cropModelID):\(assessment.cropModelVersion):"
            + "\(assessment.seasonYear):\(assessment.station.station.id)"
        return try cache.value(key) { () throws -> Int64? in
            try db.cachedStatement(sql: "INSERT INTO season_assessments(body) VALUES (?)").execute(arguments: [try encode(assessment)])
            return db.lastInsertedRowID
        }!
    }

    private func save(_ certificate: ClimateCertificate) throws {
        try db.cachedStatement(sql: "UPDATE climate_certificates SET status = ?, body = ? WHERE number = ?").execute(arguments: [
            certificate.revocation == nil ? CertificateStatus.issued.rawValue : CertificateStatus.revoked.rawValue,
            try encode(certificate), certificate.number,
        ])
        cache.forget(Self.certificatesKey(certificate.subjectID))
    }

    /// Why a season has no grade, one sentence each.
    static func reasons(_ outcome: AssessmentOutcome) -> [String] {
        switch outcome {
        case .graded: []
        case .rejectedForDisaster(let findings): findings.map(\.summary)
        case .ungradable(let shortfalls): shortfalls.map(\.summary)
        }
    }

    /// `各指标有效资料 96%–100%，最长连续缺测 2 天` over every indicator of the assessment.
    static func completeness(of assessment: SeasonAssessment) -> String {
        let coverages = assessment.stages.flatMap(\.indicators).map(\.coverage)
        let shares = coverages.map { Int(($0.completeness * 100).rounded(.down)) }
        let range = shares.min() == shares.max() ? "\(shares.min() ?? 0)%" : "\(shares.min() ?? 0)%–\(shares.max() ?? 0)%"
        let gap = coverages.map(\.longestGap).max() ?? 0
        return "各指标有效资料 \(range)，" + (gap == 0 ? "无缺测" : "最长连续缺测 \(gap) 天")
    }
}
