import ClimateQuality
import RegistryStore
import Synchronization

/// The environment indicators of each year, computed once from the observations and kept until a
/// station is registered or observations are imported: computing them reads every station's daily
/// series, which takes far longer than the rest of the dashboard.
final class EnvironmentCache: Sendable {
    private let reports = Mutex<[Int: (version: Int64, report: EnvironmentReport)]>([:])

    /// The indicators of `year` as the registry's observations stand in `tx`.
    func report(year: Int, _ tx: RegistryTransaction) throws -> EnvironmentReport {
        let version = try tx.observationDataVersion()
        if let kept = reports.withLock({ $0[year] }), kept.version == version { return kept.report }
        let report = try tx.environmentReport(year: year)
        reports.withLock { $0[year] = (version, report) }
        return report
    }
}
