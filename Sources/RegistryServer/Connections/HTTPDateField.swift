import Foundation
import Synchronization

/// The `Date` header of answers written outside Hummingbird's responder (`LabelPageFastPath`), in the
/// IMF-fixdate form HTTP asks for (`Wed, 02 Dec 2026 09:56:29 GMT`), made at most once a second.
final class HTTPDateField: Sendable {
    private let latest = Mutex<(second: Int, text: String)>((Int.min, ""))
    private let clock: @Sendable () -> Date

    init(clock: @escaping @Sendable () -> Date = { Date() }) {
        self.clock = clock
    }

    /// The header's value now.
    var value: String {
        let second = Int(clock().timeIntervalSince1970.rounded(.down))
        return latest.withLock { latest in
            if latest.second != second { latest = (second, Self.text(second)) }
            return latest.text
        }
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The IMF-fixdate of a second since 1970.
    static func text(_ second: Int) -> String {
        var time = time_t(second)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil, (0..<7).contains(Int(parts.tm_wday)), (0..<12).contains(Int(parts.tm_mon)) else { return "" }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekdays[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
