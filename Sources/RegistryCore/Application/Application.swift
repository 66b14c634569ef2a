/// 申请: an operator's request to label one subject, or to renew its licence (续展), moving through the
/// admission workflow.
///
/// Each method is one step of the workflow. It checks the actor's role and the current state, and it
/// enforces the four-eyes rule: the approver is never the reviewer.
public struct Application: Codable, Sendable, Hashable {
    /// The public number, e.g. `SQ-2025-0001`.
    public let number: String
    public let subjectID: Int64
    public let operatorID: USCC
    public let kind: SubjectKind
    /// For a renewal, the licence and the new term; nil for an admission.
    public let renewal: RenewalRequest?
    public private(set) var state: ApplicationState
    public var evidence: [Evidence]
    public private(set) var submittedOn: Day?
    public private(set) var acceptedBy: String?
    public private(set) var returnReason: String?
    public private(set) var reviewedBy: String?
    public private(set) var reviewFindings: String?
    public private(set) var approvedBy: String?
    public private(set) var decidedOn: Day?
    public private(set) var publicityEndsOn: Day?
    public private(set) var rejectionReason: String?
    public private(set) var objections: [Objection]

    /// A new application, a draft until submitted: an admission, or the renewal of a licence.
    public init(number: String, subject: Subject, evidence: [Evidence], renewal: RenewalRequest? = nil) {
        self.number = number
        self.subjectID = subject.id
        self.operatorID = subject.operatorID
        self.kind = subject.kind
        self.renewal = renewal
        self.state = .draft
        self.evidence = evidence
        self.objections = []
    }

    /// Sends a draft, or a returned application with more evidence, to the bureau.
    public mutating func submit(by actor: Actor, on day: Day, addingEvidence more: [Evidence] = []) throws {
        try step(.submitApplication, by: actor)
        evidence += more
        submittedOn = day
        returnReason = nil
        state = .submitted
    }

    /// 受理: the clerk finds the application complete enough to review.
    public mutating func accept(by actor: Actor) throws {
        try step(.acceptApplication, by: actor)
        acceptedBy = actor.name
        state = .accepted
    }

    /// 退回补正: sends the application back to the operator for more evidence.
    public mutating func returnForEvidence(by actor: Actor, reason: String) throws {
        try step(.returnApplication, by: actor)
        returnReason = try TextInput.required(reason, field: .reason, maxLength: 500)
        state = .returned
    }

    /// 审核: the reviewer has checked the evidence and the admission rules and records findings.
    public mutating func review(by actor: Actor, findings: String) throws {
        try step(.reviewApplication, by: actor)
        reviewFindings = try TextInput.required(findings, field: FieldName("审核意见", "findings"), maxLength: 2000)
        reviewedBy = actor.name
        state = .reviewed
    }

    /// 审批: approves after review and starts publicity, or grants at once when there is none
    /// (`publicityWorkingDays` nil). Refused for the reviewer, and while any admission rule does not pass.
    public mutating func approve(by actor: Actor, on day: Day, verdicts: [RuleVerdict], publicityWorkingDays: Int?) throws {
        try step(.approveApplication, by: actor)
        if actor.name == reviewedBy {
            throw RegistryError.fourEyes(application: number, reviewer: actor.name)
        }
        let failing = verdicts.filter { $0.outcome != .pass }
        guard failing.isEmpty else {
            throw RegistryError.rulesNotPassed(application: number, failing: failing.map { "\($0.title)：\($0.reason)" })
        }
        approvedBy = actor.name
        decidedOn = day
        if let publicityWorkingDays {
            publicityEndsOn = day.addingWorkingDays(publicityWorkingDays)
            state = .publicity
        } else {
            state = .granted
        }
    }

    /// 不予通过: rejects with a reason.
    public mutating func reject(by actor: Actor, on day: Day, reason: String) throws {
        try step(.rejectApplication, by: actor)
        rejectionReason = try TextInput.required(reason, field: .reason, maxLength: 500)
        decidedOn = day
        state = .rejected
    }

    /// Records an objection raised during publicity; returns its number.
    public mutating func recordObjection(by actor: Actor, raisedBy: String, text: String, on day: Day) throws -> Int {
        try step(.recordObjection, by: actor)
        let objection = Objection(
            id: objections.count + 1,
            raisedBy: try TextInput.required(raisedBy, field: FieldName("异议人", "raised by"), maxLength: 100),
            text: try TextInput.required(text, field: FieldName("异议内容", "objection"), maxLength: 2000),
            raisedOn: day)
        objections.append(objection)
        return objection.id
    }

    /// Decides an objection. An upheld objection rejects the application.
    public mutating func resolveObjection(_ id: Int, upheld: Bool, by actor: Actor, reason: String, on day: Day) throws {
        try step(.resolveObjection, by: actor)
        guard let index = objections.firstIndex(where: { $0.id == id }) else {
            throw RegistryError.notFound(entity: .objection, id: "\(number)#\(id)")
        }
        guard objections[index].isOpen else {
            throw RegistryError.transitionNotAllowed(entity: .objection, id: "\(number)#\(id)", state: "已处理", action: .resolveObjection)
        }
        let because = try TextInput.required(reason, field: .reason, maxLength: 500)
        objections[index].resolution = .init(upheld: upheld, by: actor.name, reason: because, on: day)
        if upheld {
            rejectionReason = "公示异议成立：\(because)"
            decidedOn = day
            state = .rejected
        }
    }

    /// Ends publicity once its last day has passed with no open objection; the licence is then granted.
    public mutating func closePublicity(by actor: Actor, on day: Day) throws {
        try step(.closePublicity, by: actor)
        if let ends = publicityEndsOn, day <= ends {
            throw RegistryError.publicityNotOver(application: number, endsOn: ends)
        }
        let open = objections.filter(\.isOpen).count
        guard open == 0 else { throw RegistryError.openObjections(application: number, count: open) }
        state = .granted
    }

    /// The states in which a workflow action may be taken (none for actions outside the workflow).
    public static func states(allowing action: RegistryAction) -> Set<ApplicationState> {
        switch action {
        case .submitApplication: [.draft, .returned]
        case .acceptApplication: [.submitted]
        case .returnApplication: [.submitted, .accepted]
        case .reviewApplication: [.accepted]
        case .approveApplication: [.reviewed]
        case .rejectApplication: [.accepted, .reviewed, .publicity]
        case .recordObjection, .resolveObjection, .closePublicity: [.publicity]
        default: []
        }
    }

    /// Whether the application's state allows an action now (the actor's role aside).
    public func allows(_ action: RegistryAction) -> Bool {
        Self.states(allowing: action).contains(state)
    }

    private func step(_ action: RegistryAction, by actor: Actor) throws {
        try actor.require(action)
        guard allows(action) else {
            throw RegistryError.transitionNotAllowed(entity: .application, id: number, state: state.chinese, action: action)
        }
    }
}

extension FieldName {
    public static let reason = FieldName("理由", "reason")
}
