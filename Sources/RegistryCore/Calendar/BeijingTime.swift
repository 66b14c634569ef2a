import Foundation

/// Instants as people in the district read them: Beijing time, to the minute (`2026-08-03 09:15`).
public enum BeijingTime {
    /// `2026-08-03 09:15`.
    public static func minute(_ date: Date) -> String {
        let parts = Day.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }
}
