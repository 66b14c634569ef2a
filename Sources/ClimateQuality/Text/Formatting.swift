import Foundation

/// Number formatting for the sentences and messages of this module (always `.` as decimal mark).
enum Formatting {
    /// `value` rounded to `places` decimals, without exponent: `11.8`, `362`, `-0.5`.
    static func decimal(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", value == 0 ? 0 : value)
    }
}
