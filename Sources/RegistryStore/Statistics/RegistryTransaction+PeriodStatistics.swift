import GRDB
import RegistryCore

extension RegistryTransaction {
    /// The figures of `quarter`, with a monthly trend over `months` and the given environment
    /// indicators. Every count is one indexed aggregate; no record body is decoded.
    public func quarterFigures(_ quarter: Quarter, months: [CalendarMonth], environment: EnvironmentReport) throws -> QuarterFigures {
        QuarterFigures(quarter: quarter, asOf: today, activity: try activity(from: quarter.firstDay, through: quarter.lastDay),
                       licences: try licenceTally(), applicationStates: try applicationCounts(),
                       months: try months.map { MonthlyActivity(month: $0, activity: try activity(from: $0.firstDay, through: $0.lastDay)) },
                       environment: environment)
    }

    /// A number that changes whenever stations or observations change (the sequence of the last audit
    /// event that registered a station or imported observations), so that environment indicators
    /// computed from them can be kept until then.
    public func observationDataVersion() throws -> Int64 {
        try Int64.fetchOne(try db.cachedStatement(sql: """
            SELECT COALESCE(MAX(sequence), 0) FROM audit_events WHERE action IN ('registerStation', 'importObservations')
            """)) ?? 0
    }

    /// What happened from the start of `first` to the end of `last` (Beijing time).
    public func activity(from first: Day, through last: Day) throws -> PeriodActivity {
        let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT
              (SELECT COUNT(DISTINCT entity_id) FROM audit_events WHERE action = 'submitApplication' AND at_ms >= :start AND at_ms < :end),
              (SELECT COUNT(*) FROM audit_events WHERE action = 'approveApplication' AND at_ms >= :start AND at_ms < :end),
              (SELECT COUNT(*) FROM audit_events WHERE action IN ('rejectApplication', 'upholdObjection') AND at_ms >= :start AND at_ms < :end),
              (SELECT COUNT(*) FROM audit_events WHERE action = 'grantLicence' AND at_ms >= :start AND at_ms < :end),
              (SELECT COALESCE(SUM(count), 0) FROM label_batches WHERE issued_on >= :first AND issued_on <= :last),
              (SELECT COUNT(*) FROM scan_log.scans WHERE at_ms >= :start AND at_ms < :end)
                + (SELECT COALESCE(SUM(scans), 0) FROM scan_log.scan_days WHERE day >= :first AND day <= :last)
                + (SELECT COALESCE(SUM(lookups), 0) FROM scan_log.missed_lookups WHERE day >= :first AND day <= :last),
              (SELECT COUNT(*) FROM scan_log.scanned_labels WHERE first_ms >= :start AND first_ms < :end),
              (SELECT COUNT(*) FROM label_reports WHERE at_ms >= :start AND at_ms < :end)
            """), arguments: ["start": Self.milliseconds(first.start), "end": Self.milliseconds(last.adding(days: 1).start),
                              "first": first.description, "last": last.description])!
        var activity = PeriodActivity(first: first, last: last)
        activity.applicationsReceived = row[0]
        activity.applicationsApproved = row[1]
        activity.applicationsRejected = row[2]
        activity.licencesGranted = row[3]
        activity.labelsIssued = row[4]
        activity.scans = row[5]
        activity.labelsFirstScanned = row[6]
        activity.copiedCodeReports = row[7]
        return activity
    }

    /// Every licence counted by kind, the subject's town and status as of today.
    public func licenceTally() throws -> LicenceTally {
        let rows = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT l.kind, s.town_id, \(Self.shownLicenceStatusSQL) AS shown, COUNT(*)
            FROM licences l JOIN subjects s ON s.id = l.subject_id
            GROUP BY l.kind, s.town_id, shown
            """), arguments: [today.description])
        return LicenceTally(cells: rows.compactMap { row in
            guard let kind = SubjectKind(rawValue: row[0]), let status = LicenceStatus(rawValue: row[2]) else { return nil }
            return LicenceTally.Cell(kind: kind, townID: row[1], status: status, count: row[3])
        })
    }

    /// A licence's status as shown today, in SQL over `licences` aliased `l` (or unaliased) with
    /// today's date as the one positional argument: a stored active or suspended licence whose
    /// validity has ended shows as expired.
    static let shownLicenceStatusSQL = "CASE WHEN status IN ('active', 'suspended') AND valid_until < ? THEN 'expired' ELSE status END"
}
