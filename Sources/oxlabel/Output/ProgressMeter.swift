import Foundation

/// A one-line progress report for long work on a terminal: how many done of how many, the rate and
/// the time left. Silent when standard output is not a terminal, so scripts and pipes see only results.
final class ProgressMeter {
    private let total: Int
    private let unit: String
    private let isShown = isatty(STDOUT_FILENO) == 1
    private let start = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private var drawnAnything = false

    /// A meter for `total` items called `unit` (e.g. `枚 labels`).
    init(total: Int, unit: String) {
        self.total = total
        self.unit = unit
    }

    /// Reports `done` items, redrawing at most five times a second and only after the first half second.
    func update(_ done: Int) {
        guard isShown else { return }
        let now = ContinuousClock.now
        guard now - start > .milliseconds(500), lastDrawn.map({ now - $0 > .milliseconds(200) }) ?? true else { return }
        lastDrawn = now
        let elapsed = Self.seconds(now - start)
        let rate = Double(done) / max(elapsed, 0.001)
        let left = rate > 0 ? Double(total - done) / rate : 0
        draw(String(format: "\r%@ / %@ %@  %@/s  剩余 left %@ ", Self.grouped(done), Self.grouped(total), unit, Self.grouped(Int(rate)), Self.clock(left)))
    }

    /// Clears the line, if anything was drawn.
    func finish() {
        guard drawnAnything else { return }
        draw("\r\u{1B}[2K")
    }

    private func draw(_ text: String) {
        drawnAnything = true
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        return digits.enumerated().map { index, digit in
            (index > 0 && (digits.count - index) % 3 == 0 ? "," : "") + String(digit)
        }.joined()
    }

    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
