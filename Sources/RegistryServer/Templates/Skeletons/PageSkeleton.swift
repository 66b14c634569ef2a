import Hummingbird

/// A page rendered once from its template with markers (`PageSlots`) in place of its texts: the fixed
/// byte runs between the markers and which text goes in each gap. Filling it escapes each text as the
/// template engine would (`HTMLEscaping`), or inserts it as it is where it is `RawHTML`, and copies the
/// runs, without walking the template again.
struct PageSkeleton: Sendable {
    /// The fixed bytes; one more run than there are gaps.
    let runs: [[UInt8]]
    /// For each gap, the index of its text in `PageSlots.values`.
    let gaps: [Int]
    /// The bytes of the fixed runs together.
    let fixedCount: Int

    /// Splits a page rendered from a marked view at its markers.
    init(rendered html: String) {
        self.init(rendered: Array(html.utf8))
    }

    /// Splits a page rendered from a marked view, in UTF-8, at its markers.
    init(rendered bytes: [UInt8]) {
        let start = PageSlots.markerStart, end = PageSlots.markerEnd
        var runs: [[UInt8]] = []
        var gaps: [Int] = []
        var runStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == start[0], bytes[index...].starts(with: start) {
                var digit = index + start.count
                var number = 0
                while digit < bytes.count, let value = Self.digit(bytes[digit]), number < Int.max / 20 {
                    number = number * 10 + value
                    digit += 1
                }
                if digit > index + start.count, bytes[digit...].starts(with: end) {
                    runs.append(Array(bytes[runStart..<index]))
                    gaps.append(number)
                    index = digit + end.count
                    runStart = index
                    continue
                }
            }
            index += 1
        }
        runs.append(Array(bytes[runStart...]))
        self.runs = runs
        self.gaps = gaps
        fixedCount = runs.reduce(0) { $0 + $1.count }
    }

    /// What the skeleton costs to keep, in bytes.
    var cost: Int { fixedCount + 16 * runs.count + 64 }

    /// The page with the texts in their gaps, escaped unless `raw` says otherwise.
    func fill(_ values: [String], raw: [Bool]? = nil) -> ByteBuffer {
        var buffer = ByteBuffer()
        // Room for the texts as they are; escaping (rare in texts) may grow the buffer once.
        buffer.reserveCapacity(fixedCount + gaps.reduce(0) { $0 + values[$1].utf8.count })
        for (run, gap) in zip(runs, gaps) {
            buffer.writeBytes(run)
            if let raw, raw[gap] { buffer.writeString(values[gap]) } else { HTMLEscaping.write(values[gap], to: &buffer) }
        }
        buffer.writeBytes(runs[runs.count - 1])
        return buffer
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
