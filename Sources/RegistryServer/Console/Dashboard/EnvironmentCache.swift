import ClimateQuality
import RegistryStore
import Synchronization

/// The environment indicators of each year, assembled once from the figures stored per station and
/// year and kept until a station is registered or observations are imported, so that the dashboard and
/// the quarterly report decode them once rather than on every load.
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
