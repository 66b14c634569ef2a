import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Opens an application for a subject, submitted at once unless `draft`. A subject may have only
    /// one open application at a time.
    public func apply(subjectID: Int64, evidence: [Evidence], by actor: Actor, draft: Bool = false) throws -> Application {
        try actor.require(.submitApplication)
        return try openApplication(subject: try subject(subjectID), evidence: evidence, renewal: nil, by: actor, draft: draft)
    }

    /// Opens an application to renew (续展) a licence for its next term, submitted at once: within the
    /// renewal window (else a new admission is needed), once per term, and not while the subject has
    /// another open application. It goes through the same workflow and admission rules as an admission.
    public func applyForRenewal(licence number: String, evidence: [Evidence], by actor: Actor) throws -> Application {
        let licence = try licence(number)
        let renewal = try licence.renewalRequest(by: actor, on: today, policy: configuration.policy)
        if let taken = try String.fetchOne(try db.cachedStatement(sql: """
            SELECT number FROM applications
            WHERE state <> 'rejected' AND json_extract(body, '$.renewal.licenceNumber') = ? AND json_extract(body, '$.renewal.renewsTerm') = ?
            """), arguments: [licence.number, renewal.renewsTerm]) {
            throw RegistryError.termAlreadyRenewed(licence: licence.number, term: renewal.renewsTerm, application: taken)
        }
        try actor.require(.submitApplication)
        return try openApplication(subject: try subject(licence.subjectID), evidence: evidence, renewal: renewal, by: actor, draft: false)
    }

    private func openApplication(subject: Subject, evidence: [Evidence], renewal: RenewalRequest?, by actor: Actor,
                                 draft: Bool) throws -> Application {
        let subjectID = subject.id
        if let open = try String.fetchOne(try db.cachedStatement(sql: """
            SELECT number FROM applications WHERE subject_id = ? AND state NOT IN ('rejected', 'granted')
            """), arguments: [subjectID]) {
            throw RegistryError.openApplicationExists(subject: subjectID, application: open)
        }
        let number = String(format: "SQ-%04d-%04d", today.year, try nextNumber(in: "SQ-\(today.year)"))
        var application = Application(number: number, subject: subject, evidence: evidence, renewal: renewal)
        try db.cachedStatement(sql: "INSERT INTO applications(number, subject_id, operator_uscc, kind, state, body) VALUES (?, ?, ?, ?, ?, '')").execute(arguments: [number, subjectID, subject.operatorID.value, subject.kind.rawValue, application.state.rawValue])
        try appendAudit(actor, renewal == nil ? .createApplication : .applyForRenewal, .application, number,
                        to: ApplicationState.draft.rawValue, reason: renewal.map { "续展许可 \($0.licenceNumber) 第 \($0.renewsTerm) 期" },
                        details: try encode(evidence))
        if !draft {
            try application.submit(by: actor, on: today)
            try appendAudit(actor, .submitApplication, .application, number, from: ApplicationState.draft.rawValue, to: application.state.rawValue)
        }
        try save(application)
        return application
    }

    /// The application with a number, or a not-found error.
    public func application(_ number: String) throws -> Application {
        let key = number.uppercased()
        let found = try cache.value("application:\(key)") { () throws -> Application? in
            guard let body = try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM applications WHERE number = ?"), arguments: [key]) else { return nil }
            return try decode(Application.self, body, entity: .application, id: key)
        }
        guard let found else { throw RegistryError.notFound(entity: .application, id: number) }
        return found
    }

    /// Applications, optionally in one state, newest first.
    public func applications(state: ApplicationState? = nil) throws -> [Application] {
        let rows = if let state {
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM applications WHERE state = ? ORDER BY number DESC"), arguments: [state.rawValue])
        } else {
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM applications ORDER BY number DESC"))
        }
        return try rows.map { try decode(Application.self, $0, entity: .application, id: "?") }
    }

    /// Submits a draft, or resubmits a returned application with more evidence.
    @discardableResult
    public func submit(_ number: String, addingEvidence evidence: [Evidence], by actor: Actor) throws -> Application {
        try change(number, .submitApplication, by: actor, details: try encode(evidence)) { try $0.submit(by: actor, on: today, addingEvidence: evidence) }
    }

    /// 受理.
    @discardableResult
    public func accept(_ number: String, by actor: Actor) throws -> Application {
        try change(number, .acceptApplication, by: actor) { try $0.accept(by: actor) }
    }

    /// 退回补正.
    @discardableResult
    public func returnForEvidence(_ number: String, by actor: Actor, reason: String) throws -> Application {
        try change(number, .returnApplication, by: actor, reason: reason) { try $0.returnForEvidence(by: actor, reason: reason) }
    }

    /// 审核: records the findings together with every rule verdict as it stands now.
    @discardableResult
    public func review(_ number: String, by actor: Actor, findings: String) throws -> (Application, [RuleVerdict]) {
        let verdicts = try evaluateRules(number)
        let application = try change(number, .reviewApplication, by: actor, reason: findings, details: try encode(verdicts)) {
            try $0.review(by: actor, findings: findings)
        }
        return (application, verdicts)
    }

    /// 审批: re-evaluates the rules, enforces the four-eyes rule and starts publicity; a renewal without
    /// publicity (`renewalPublicity` false) adds the licence's new term at once, in this transaction.
    @discardableResult
    public func approve(_ number: String, by actor: Actor) throws -> Application {
        let verdicts = try evaluateRules(number)
        let application = try change(number, .approveApplication, by: actor, details: try encode(verdicts)) {
            try $0.approve(by: actor, on: today, verdicts: verdicts, publicityWorkingDays: configuration.policy.publicityWorkingDays(for: $0))
        }
        if application.state == .granted { try grantRenewal(of: application, by: actor) }
        return application
    }

    /// 不予通过.
    @discardableResult
    public func reject(_ number: String, by actor: Actor, reason: String) throws -> Application {
        try change(number, .rejectApplication, by: actor, reason: reason) { try $0.reject(by: actor, on: today, reason: reason) }
    }

    /// Records an objection during publicity and returns its number.
    @discardableResult
    public func recordObjection(_ number: String, raisedBy: String, text: String, by actor: Actor) throws -> Int {
        var id = 0
        try change(number, .recordObjection, by: actor, reason: text) { id = try $0.recordObjection(by: actor, raisedBy: raisedBy, text: text, on: today) }
        return id
    }

    /// Upholds (which rejects the application) or dismisses an objection.
    @discardableResult
    public func resolveObjection(_ number: String, objection: Int, upheld: Bool, by actor: Actor, reason: String) throws -> Application {
        try change(number, upheld ? .upholdObjection : .dismissObjection, by: actor, reason: reason) {
            try $0.resolveObjection(objection, upheld: upheld, by: actor, reason: reason, on: today)
        }
    }

    /// Ends publicity and grants the licence, or for a renewal adds the licence's new term, in one transaction.
    public func closePublicity(_ number: String, by actor: Actor) throws -> Licence {
        let application = try change(number, .closePublicity, by: actor) { try $0.closePublicity(by: actor, on: today) }
        if application.renewal != nil { return try grantRenewal(of: application, by: actor) }
        return try grantLicence(for: application, by: actor)
    }

    /// Every admission rule's verdict for an application, as of today. Homestays are judged on the
    /// NAI stations' means of the last full year; a product's renewal on the new term's season.
    public func evaluateRules(_ number: String) throws -> [RuleVerdict] {
        let application = try application(number)
        let subject = try subject(application.subjectID, season: application.renewal?.season)
        guard let rules = configuration.ruleSets[subject.kind] else {
            throw ConfigurationError.missing(file: "rules/\(subject.kind.rawValue).json")
        }
        var certificates: [ClimateCertificate] = []
        var naiStations: [NearbyNAIStation] = []
        switch subject.details {
        case .product: certificates = try climateCertificates(subjectID: subject.id)
        case .homestay(let homestay): naiStations = try nearbyNAIStations(around: homestay.location, year: today.year - 1)
        case .dish: break
        }
        let context = RuleContext(
            day: today, operatorRecord: try requireOperator(application.operatorID.value), subject: subject,
            evidence: application.evidence, regionTitle: try regionTitle(),
            revokedLicences: try revokedLicences(operatorUSCC: application.operatorID.value),
            licensedSubjectIDs: try activeLicensedSubjectIDs(among: Self.ingredientSources(of: subject)), policy: configuration.policy,
            climateCertificates: certificates, naiStations: naiStations)
        return rules.evaluate(context)
    }

    private static func ingredientSources(of subject: Subject) -> [Int64] {
        guard case .dish(let dish) = subject.details else { return [] }
        return dish.ingredients.compactMap(\.sourceSubjectID)
    }

    /// Loads an application, applies one workflow step, saves it and records the audit event.
    @discardableResult
    private func change(_ number: String, _ action: AuditAction, by actor: Actor, reason: String? = nil, details: String? = nil,
                        _ step: (inout Application) throws -> Void) throws -> Application {
        var application = try application(number)
        let from = application.state
        try step(&application)
        try save(application)
        try appendAudit(actor, action, .application, application.number, from: from.rawValue, to: application.state.rawValue,
                        reason: reason, details: details)
        return application
    }

    private func save(_ application: Application) throws {
        cache.store("application:\(application.number)", application)
        try db.cachedStatement(sql: "UPDATE applications SET state = ?, body = ? WHERE number = ?").execute(arguments: [application.state.rawValue, try encode(application), application.number])
    }
}

extension RegistryTransaction {
    /// Whether a file with this SHA-256 is the scan of a piece of evidence of some application: only
    /// such files are handed out from the evidence store.
    public func isApplicationEvidence(sha256: String) throws -> Bool {
        guard EvidenceFile.isSHA256(sha256) else { return false }
        return try Bool.fetchOne(db, sql: """
            SELECT EXISTS(SELECT 1 FROM applications, json_each(applications.body, '$.evidence') AS evidence
                          WHERE instr(applications.body, ?) > 0 AND json_extract(evidence.value, '$.file.sha256') = ?)
            """, arguments: [sha256, sha256]) ?? false
    }
}
