import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Creates the licence of a granted application (called by `closePublicity`).
    func grantLicence(for application: Application, by actor: Actor) throws -> Licence {
        let subject = try subject(application.subjectID)
        let sequence = "YQYB-\(subject.kind.licenceLetter)-\(today.year)"
        let number = String(format: "%@-%04d", sequence, try nextNumber(in: sequence))
        let licence = try Licence(number: number, application: application, subject: subject, on: today, policy: configuration.policy,
                                  climateCertificate: try gradingCertificate(subjectID: subject.id)?.number)
        try db.cachedStatement(sql: """
            INSERT INTO licences(number, application_number, subject_id, operator_uscc, kind, status, valid_until, climate_certificate, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [licence.number, licence.applicationNumber, licence.subjectID, licence.operatorID.value,
                             licence.kind.rawValue, licence.status.rawValue, licence.validUntil.description, licence.climateCertificate,
                             try encode(licence)])
        try appendAudit(actor, .grantLicence, .licence, number, to: licence.status.rawValue,
                        reason: "申请 \(application.number) 公示期满", details: try encode(licence))
        return licence
    }

    /// The licence with a number, or a not-found error.
    public func licence(_ number: String) throws -> Licence {
        let key = number.uppercased()
        guard let body = try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM licences WHERE number = ?"), arguments: [key]) else {
            throw RegistryError.notFound(entity: .licence, id: number)
        }
        return try decode(Licence.self, body, entity: .licence, id: key)
    }

    /// Licences, optionally of one operator, by number.
    public func licences(operatorUSCC: String? = nil) throws -> [Licence] {
        let rows = if let operatorUSCC {
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM licences WHERE operator_uscc = ? ORDER BY number"), arguments: [operatorUSCC.uppercased()])
        } else {
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM licences ORDER BY number"))
        }
        return try rows.map { try decode(Licence.self, $0, entity: .licence, id: "?") }
    }

    /// The operator's revoked licences, for the bar period.
    func revokedLicences(operatorUSCC: String) throws -> [Licence] {
        try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM licences WHERE operator_uscc = ? AND status = 'revoked'"), arguments: [operatorUSCC])
            .map { try decode(Licence.self, $0, entity: .licence, id: "?") }
    }

    /// Those of the subjects that hold a licence active today.
    func activeLicensedSubjectIDs(among subjects: [Int64]) throws -> Set<Int64> {
        guard !subjects.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: subjects.count).joined(separator: ",")
        return Set(try Int64.fetchAll(try db.cachedStatement(sql: """
            SELECT subject_id FROM licences WHERE status = 'active' AND valid_until >= ? AND subject_id IN (\(placeholders))
            """), arguments: StatementArguments([today.description] + subjects.map { $0 as any DatabaseValueConvertible })))
    }

    /// What the licence's labels show today, under the region title and the certificate it rests on.
    public func displayStatus(of licence: Licence) throws -> DisplayStatus {
        DisplayStatus.of(licence, under: try regionTitle(), restingOn: try restingCertificate(of: licence), on: today)
    }

    /// The climate-quality certificate a licence rests on, whatever its status; nil when it rests on none.
    public func restingCertificate(of licence: Licence) throws -> ClimateCertificate? {
        guard let number = licence.climateCertificate else { return nil }
        return try climateCertificates(subjectID: licence.subjectID).first { $0.number == number } ?? climateCertificate(number)
    }

    /// 暂停 with a correction deadline.
    @discardableResult
    public func suspend(_ number: String, by actor: Actor, reason: String, correctionDeadline: Day) throws -> Licence {
        try change(licence: number, .suspendLicence, by: actor, reason: reason, details: "{\"correctionDeadline\":\"\(correctionDeadline)\"}") {
            try $0.suspend(by: actor, on: today, reason: reason, correctionDeadline: correctionDeadline)
        }
    }

    /// 恢复.
    @discardableResult
    public func reinstate(_ number: String, by actor: Actor, reason: String) throws -> Licence {
        try change(licence: number, .reinstateLicence, by: actor, reason: reason) { try $0.reinstate(by: actor, on: today) }
    }

    /// 撤销, final.
    @discardableResult
    public func revoke(_ number: String, by actor: Actor, category: RevocationReason, reason: String) throws -> Licence {
        try change(licence: number, .revokeLicence, by: actor, reason: "\(category.chinese)：\(reason)", details: "{\"category\":\"\(category.rawValue)\"}") {
            try $0.revoke(by: actor, on: today, category: category, reason: reason)
        }
    }

    /// 注销 at the holder's request.
    @discardableResult
    public func surrender(_ number: String, by actor: Actor, reason: String) throws -> Licence {
        try change(licence: number, .surrenderLicence, by: actor, reason: reason) { try $0.surrender(by: actor, on: today) }
    }

    /// 续展: adds the new term of a granted renewal application to its licence (called by `approve` or
    /// `closePublicity`); the licence keeps its number.
    func grantRenewal(of application: Application, by actor: Actor) throws -> Licence {
        guard let renewal = application.renewal else {
            throw RegistryError.transitionNotAllowed(entity: .application, id: application.number, state: application.state.chinese, action: .renewLicence)
        }
        return try change(licence: renewal.licenceNumber, .renewLicence, by: actor,
                          reason: "申请 \(application.number) 续展：\(renewal.from) 至 \(renewal.until)", details: try encode(renewal)) {
            try $0.renew(by: actor, granting: application, on: today, policy: configuration.policy)
        }
    }

    /// The licences whose certificate was revoked while they are in force: each waits for the approver
    /// to reinstate it on another certificate or certification, or to revoke it. Oldest revocation first.
    public func licencesAwaitingReview() throws -> [Licence] {
        try String.fetchAll(try db.cachedStatement(sql: """
            SELECT l.body FROM licences l JOIN climate_certificates c ON c.number = l.climate_certificate
            WHERE c.status = 'revoked' AND l.status IN ('active', 'suspended') AND l.valid_until >= ?
            ORDER BY json_extract(c.body, '$.revocation.on'), l.number
            """), arguments: [today.description]).map { try decode(Licence.self, $0, entity: .licence, id: "?") }
    }

    /// 复核后恢复 on another certificate of the product, valid today and of the grade the product rule
    /// needs; refused unless the certificate the licence rested on is revoked.
    @discardableResult
    public func reinstate(_ number: String, onCertificate certificateNumber: String, by actor: Actor, reason: String) throws -> Licence {
        let certificate = try climateCertificate(certificateNumber)
        let requirement = try climateRequirement()
        let replaced = try licence(number).climateCertificate.map { ",\"replaced\":\"\($0)\"" } ?? ""
        return try change(licence: number, .reviewLicenceBasis, by: actor, reason: "改依据气候品质认证证书 \(certificate.number)：\(reason)",
                          details: "{\"certificate\":\"\(certificate.number)\"\(replaced)}") {
            try $0.restOn(certificate: certificate, replacing: try restingCertificate(of: $0), minimumGrade: requirement.minimumGrade,
                          by: actor, on: today)
        }
    }

    /// 复核后恢复 on another certification the product rule accepts instead of a certificate (绿色食品,
    /// 有机, 地理标志), valid today; refused unless the certificate the licence rested on is revoked.
    @discardableResult
    public func reinstate(_ number: String, onCertification evidence: Evidence, by actor: Actor, reason: String) throws -> Licence {
        let requirement = try climateRequirement()
        let replaced = try licence(number).climateCertificate.map { ",\"replaced\":\"\($0)\"" } ?? ""
        return try change(licence: number, .reviewLicenceBasis, by: actor,
                          reason: "改依据\(evidence.kind.chinese) \(evidence.reference)：\(reason)",
                          details: "{\"evidence\":\(try encode(evidence))\(replaced)}") {
            try $0.restOn(certification: evidence, replacing: try restingCertificate(of: $0), alternatives: requirement.alternatives,
                          by: actor, on: today)
        }
    }

    private func climateRequirement() throws -> (minimumGrade: ClimateGrade, alternatives: [EvidenceKind]) {
        guard let requirement = configuration.ruleSets[.product]?.climateRequirement else {
            throw ConfigurationError.missing(file: "rules/product.json")
        }
        return requirement
    }

    private func change(licence number: String, _ action: AuditAction, by actor: Actor, reason: String, details: String? = nil,
                        _ step: (inout Licence) throws -> Void) throws -> Licence {
        var licence = try licence(number)
        let from = licence.status(on: today)
        try step(&licence)
        try db.cachedStatement(sql: "UPDATE licences SET status = ?, valid_until = ?, climate_certificate = ?, body = ? WHERE number = ?")
            .execute(arguments: [licence.status.rawValue, licence.validUntil.description, licence.climateCertificate, try encode(licence), licence.number])
        try appendAudit(actor, action, .licence, licence.number, from: from.rawValue, to: licence.status(on: today).rawValue,
                        reason: reason, details: details)
        return licence
    }
}
