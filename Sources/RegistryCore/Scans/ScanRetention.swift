import Foundation

/// How long the scan log keeps one row per scan of a label before rolling it up into daily totals
/// per label: [default] 400 days, from `Schemas/verification/scan-log.json`.
public struct ScanRetention: Codable, Sendable, Hashable {
    /// Days of raw scans kept, counted back from today.
    public var rawScanDays: Int

    public init(rawScanDays: Int) {
        self.rawScanDays = rawScanDays
    }

    /// The first day whose raw scans are kept on `today`; older ones roll up.
    public func firstKeptDay(on today: Day) -> Day { today.adding(days: -rawScanDays) }

    /// Reads and checks the settings file.
    public static func load(_ file: URL) throws -> ScanRetention {
        guard let data = FileManager.default.contents(atPath: file.path) else { throw ConfigurationError.missing(file: file.path) }
        let retention: ScanRetention
        do { retention = try JSONDecoder().decode(ScanRetention.self, from: data) } catch {
            throw ConfigurationError.unreadable(file: file.path, detail: "\(error)")
        }
        guard (1...36_500).contains(retention.rawScanDays) else {
            throw ConfigurationError.invalid(file: file.path, detail: "rawScanDays must be a whole number from 1 to 36500")
        }
        return retention
    }
}
