import Foundation

/// A figure as the registry prints it, and so as it is graded: rounded half away from zero to a fixed
/// number of decimals (one for THI, K and the standards' other tables; none for I_BC and NAI means; two
/// for the climate-quality index). Every grade is decided on the rounded value, so that a printed
/// figure never contradicts its grade (`13.988` prints `14.0` and is graded as 14.0).
///
/// The rounding works on the shortest decimal that reads back as the value (`13.95`, not the binary
/// `13.949999…`), so a value a person reads as ending in 5 rounds away from zero.
public enum PrintedFigure {
    /// `value` rounded half away from zero to `places` decimals (0–6). A value that is not finite, or
    /// too large to have decimals, is returned as it is.
    public static func rounded(_ value: Double, places: Int) -> Double {
        guard value.isFinite, (0...6).contains(places) else { return value }
        let text = value.description
        guard !text.contains("e"), let point = text.firstIndex(of: ".") else {
            return tiny(value, places: places)
        }
        let negative = text.hasPrefix("-")
        let whole = text[text.index(text.startIndex, offsetBy: negative ? 1 : 0)..<point]
        let fraction = Array(text[text.index(after: point)...]) + Array(repeating: "0", count: places + 1)
        guard let kept = Int(whole + String(fraction[0..<places])), let next = fraction[places].wholeNumberValue else {
            return value
        }
        let units = next >= 5 ? kept + 1 : kept
        return Double(negative ? -units : units) / scale(places)
    }

    /// `value` as printed: rounded by `rounded(_:places:)`, with exactly `places` decimals and `.` as
    /// the decimal mark (`14.0`, `-312.4`, `1.50`, `1200`); never `-0.0`.
    public static func text(_ value: Double, places: Int) -> String {
        let printed = rounded(value, places: places)
        return String(format: "%.\(min(max(places, 0), 6))f", printed == 0 ? 0 : printed)
    }

    /// Values Swift writes with an exponent and are small (below 0.0001): at most one unit of the last
    /// place, decided on the scaled value.
    private static func tiny(_ value: Double, places: Int) -> Double {
        guard abs(value) < 1 else { return value }
        return (value * scale(places)).rounded(.toNearestOrAwayFromZero) / scale(places)
    }

    private static func scale(_ places: Int) -> Double { [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000][places] }
}
