import Foundation
import RegistryCore

/// A moment as the terminal shows it: ISO 8601 in Beijing time, e.g. `2026-09-01T09:00:00+08:00`.
enum Timestamp {
    static func text(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = Day.calendar.timeZone
        return formatter.string(from: date)
    }
}
