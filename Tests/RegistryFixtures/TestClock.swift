import Foundation
import RegistryCore
import Synchronization

/// A clock a test moves by hand: the registry's `clock` reads it, so sessions, deadlines and
/// lock-outs can be taken past their limits without waiting.
public final class TestClock: Sendable {
    private let current: Mutex<Date>

    /// A clock at 09:00 Beijing time on a day.
    public init(day: String = "2026-08-03") {
        current = Mutex(Day(day)!.start.addingTimeInterval(9 * 3600))
    }

    public var now: Date { current.withLock { $0 } }

    /// Moves the clock forward.
    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// Sets the clock to 09:00 Beijing time on a day.
    public func set(day: String) {
        current.withLock { $0 = Day(day)!.start.addingTimeInterval(9 * 3600) }
    }
}
