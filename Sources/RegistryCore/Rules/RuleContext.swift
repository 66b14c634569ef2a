/// Everything the admission rules read about one application, gathered by the store.
public struct RuleContext: Sendable {
    public var day: Day
    public var operatorRecord: Operator
    public var subject: Subject
    public var evidence: [Evidence]
    public var regionTitle: RegionTitle
    /// Licences of the operator that were revoked, to apply the bar period.
    public var revokedLicences: [Licence]
    /// Subjects that hold an active licence today (for the share of licensed ingredients in a dish).
    public var licensedSubjectIDs: Set<Int64>
    public var policy: WorkflowPolicy
    /// The climate-quality certificates issued for the subject (a product), whatever their status.
    public var climateCertificates: [ClimateCertificate]
    /// The negative-air-ion stations around the subject (a homestay), nearest first.
    public var naiStations: [NearbyNAIStation]

    public init(day: Day, operatorRecord: Operator, subject: Subject, evidence: [Evidence], regionTitle: RegionTitle,
                revokedLicences: [Licence], licensedSubjectIDs: Set<Int64>, policy: WorkflowPolicy,
                climateCertificates: [ClimateCertificate] = [], naiStations: [NearbyNAIStation] = []) {
        self.day = day
        self.operatorRecord = operatorRecord
        self.subject = subject
        self.evidence = evidence
        self.regionTitle = regionTitle
        self.revokedLicences = revokedLicences
        self.licensedSubjectIDs = licensedSubjectIDs
        self.policy = policy
        self.climateCertificates = climateCertificates
        self.naiStations = naiStations
    }

    /// The recorded evidence of a kind that is still valid today.
    func valid(_ kind: EvidenceKind) -> [Evidence] {
        evidence.filter { $0.kind == kind && $0.isValid(on: day) }
    }
}
