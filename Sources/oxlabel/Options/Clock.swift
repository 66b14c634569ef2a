import Foundation
import RegistryCore

/// The registry's clock: the system time, or `$OXLABEL_NOW` (`YYYY-MM-DD` or ISO 8601) for
/// demonstrations and tests that walk through publicity periods. The variable is read once, when the
/// clock is first asked: the service asks on every request.
enum Clock {
    static let now: @Sendable () -> Date = { fixed ?? Date() }

    /// The time `$OXLABEL_NOW` names; nil when it is unset or names no time.
    private static let fixed: Date? = {
        guard let text = ProcessInfo.processInfo.environment["OXLABEL_NOW"] else { return nil }
        if let day = Day(text) { return day.start.addingTimeInterval(9 * 3600) }
        return try? Date(text, strategy: .iso8601)
    }()
}
