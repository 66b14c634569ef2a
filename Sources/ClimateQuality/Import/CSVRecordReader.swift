import Foundation

/// Splits UTF-8 bytes into RFC 4180 records without copying: each field is a byte range.
///
/// Quoted fields may hold commas, quotes (doubled) and line breaks. A UTF-8 byte-order mark at the
/// start of a file is skipped. Lines end with LF or CRLF. The reader never fails: problems are reported
/// on the record and reading goes on at the next line. Over one block of a longer file
/// (`endsFile: false`), a last record that its line break does not end is left unread (`consumed`
/// stops before it) so that it can be read again with the next block.
struct CSVRecordReader {
    /// One field of a record: `bytes[start..<end]`, with `""` still doubled when `hasEscapedQuotes`.
    struct Field {
        var start: Int
        var end: Int
        var hasEscapedQuotes: Bool
    }

    /// A malformation found while reading a record.
    enum Problem {
        case unterminatedQuote
        case malformedQuoting
    }

    /// The record last read.
    struct Record {
        /// Physical line the record starts on (1-based).
        var line = 0
        var fields: [Field] = []
        /// The whole record, without its line break.
        var range: Range<Int> = 0..<0
        var containsNonASCII = false
        var problem: Problem?

        /// A line with nothing on it.
        var isBlank: Bool { range.isEmpty && problem == nil }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let endsFile: Bool
    private var position: Int
    /// The physical line the next record starts on.
    private(set) var nextLine: Int

    /// Bytes read so far: the start of the first record not yet read.
    var consumed: Int { position }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// A reader of `bytes`, whose first line is `firstLine` of the file; `startsFile` when the bytes are
    /// the file's beginning (a byte-order mark is skipped), `endsFile` when nothing follows them.
    init(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1, startsFile: Bool = true, endsFile: Bool = true) {
        self.bytes = bytes
        self.endsFile = endsFile
        nextLine = firstLine
        let hasByteOrderMark = startsFile && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = hasByteOrderMark ? 3 : 0
    }

    /// Reads the next record into `record`; false at the end of the input, or before a last record of
    /// a block that is not whole.
    mutating func next(into record: inout Record) -> Bool {
        guard position < bytes.count else { return false }
        let restart = (position: position, line: nextLine)
        record.fields.removeAll(keepingCapacity: true)
        record.line = nextLine
        record.containsNonASCII = false
        record.problem = nil
        let recordStart = position
        var recordEnd = position
        while true {
            record.fields.append(readField(into: &record))
            recordEnd = position
            if position < bytes.count, bytes[position] == Self.comma {
                position += 1
                continue
            }
            if position < bytes.count, bytes[position] != Self.lineFeed, bytes[position] != Self.carriageReturn {
                record.problem = record.problem ?? .malformedQuoting
                skipToEndOfLine(record: &record)
                recordEnd = position
            }
            let ended = position < bytes.count && (endsFile || position + 1 < bytes.count || bytes[position] == Self.lineFeed)
            guard ended || endsFile else {
                (position, nextLine) = restart
                return false
            }
            if ended {
                if bytes[position] == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.lineFeed {
                    position += 1
                }
                position += 1
                nextLine += 1
            }
            break
        }
        record.range = recordStart..<min(recordEnd, bytes.count)
        return true
    }

    /// Reads one field, leaving `position` on the separator (or at the end).
    private mutating func readField(into record: inout Record) -> Field {
        if position < bytes.count, bytes[position] == Self.quote {
            position += 1
            let start = position
            var escaped = false
            while position < bytes.count {
                let byte = bytes[position]
                if byte == Self.quote {
                    if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                        escaped = true
                        position += 2
                        continue
                    }
                    let field = Field(start: start, end: position, hasEscapedQuotes: escaped)
                    position += 1
                    return field
                }
                if byte == Self.lineFeed { nextLine += 1 }
                if byte >= 0x80 { record.containsNonASCII = true }
                position += 1
            }
            record.problem = .unterminatedQuote
            return Field(start: start, end: position, hasEscapedQuotes: escaped)
        }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            if byte == Self.quote { record.problem = record.problem ?? .malformedQuoting }
            if byte >= 0x80 { record.containsNonASCII = true }
            position += 1
        }
        return Field(start: start, end: position, hasEscapedQuotes: false)
    }

    /// After a malformation: drops the rest of the physical line.
    private mutating func skipToEndOfLine(record: inout Record) {
        while position < bytes.count, bytes[position] != Self.lineFeed {
            if bytes[position] >= 0x80 { record.containsNonASCII = true }
            position += 1
        }
    }

    /// The text of `field`, with doubled quotes undone; invalid UTF-8 is replaced by U+FFFD.
    func text(of field: Field) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self)
        return field.hasEscapedQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// Whether the bytes of `range` are valid UTF-8.
    func isValidUTF8(_ range: Range<Int>) -> Bool {
        String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) != nil
    }

    /// The raw bytes of `field` with surrounding spaces removed.
    func trimmedBytes(of field: Field) -> UnsafeBufferPointer<UInt8> {
        var start = field.start
        var end = field.end
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
