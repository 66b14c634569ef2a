import RegistryCore

/// What happened in a period, counted from the audit trail, the label batches and the scan log:
/// applications received (submitted at least once in the period), approved and rejected; licences
/// granted; labels issued; verification scans, labels scanned for the first time, and reports of
/// suspected copies from the public.
public struct PeriodActivity: Sendable, Hashable, Codable {
    public var first: Day
    public var last: Day
    public var applicationsReceived = 0
    public var applicationsApproved = 0
    /// Rejected by a decision or by an upheld objection.
    public var applicationsRejected = 0
    public var licencesGranted = 0
    public var labelsIssued = 0
    public var scans = 0
    public var labelsFirstScanned = 0
    public var copiedCodeReports = 0

    public init(first: Day, last: Day) {
        self.first = first
        self.last = last
    }
}
