import Foundation
import RegistryCore

/// The registry's clock: the system time, or `$OXLABEL_NOW` (`YYYY-MM-DD` or ISO 8601) for
/// demonstrations and tests that walk through publicity periods.
enum Clock {
    static let now: @Sendable () -> Date = {
        guard let text = ProcessInfo.processInfo.environment["OXLABEL_NOW"] else { return Date() }
        if let day = Day(text) { return day.start.addingTimeInterval(9 * 3600) }
        return (try? Date(text, strategy: .iso8601)) ?? Date()
    }
}
