/// Reads the records of an import file block by block, so that memory holds one block (and at most
/// one unfinished record carried into the next) whatever the file's size.
///
/// Line numbers continue across blocks. A record longer than `recordLimit` (no observation line comes
/// near it; a stray quote makes one of the rest of the file) is reported to `onTooLong` with its first
/// line and dropped with the rest of its physical line; reading goes on at the next line.
struct CSVRecordStream {
    /// Bytes read at a time.
    static let standardBlockSize = 4 << 20
    /// The longest record kept.
    static let standardRecordLimit = 1 << 20

    let source: ObservationSource
    let blockSize: Int
    let recordLimit: Int

    init(source: ObservationSource, blockSize: Int = standardBlockSize, recordLimit: Int = standardRecordLimit) {
        self.source = source
        self.blockSize = max(blockSize, 4)
        self.recordLimit = max(recordLimit, 1)
    }

    /// What `read` hands over besides records.
    struct Handlers {
        /// Every byte of the file, in order, block by block (for a checksum).
        var onBytes: (UnsafeRawBufferPointer) -> Void = { _ in }
        /// The first line of a record dropped for its length.
        var onTooLong: (Int) -> Void = { _ in }
    }

    /// Calls `body` with each record, the reader that read it (for its text) and the file offset of the
    /// reader's first byte; `body` returns false when it needs no more records (the rest of the file is
    /// still read, for `onBytes`).
    func read(_ handlers: Handlers,
              _ body: (CSVRecordReader.Record, CSVRecordReader, Int) throws -> Bool) throws {
        let reader = try source.open()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize + recordLimit, alignment: 16)
        defer { buffer.deallocate() }
        var record = CSVRecordReader.Record()
        var carried = 0
        var offset = 0
        var line = 1
        var startsFile = true
        var wantsRecords = true
        var skippingLine = false
        var ended = false
        let lineFeed = UInt8(ascii: "\n")
        while !ended {
            let read = try reader.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[carried..<(carried + blockSize)]))
            handlers.onBytes(UnsafeRawBufferPointer(rebasing: buffer[carried..<(carried + read)]))
            ended = read < blockSize
            let bytes = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: carried + read)
            var start = 0
            if skippingLine {
                if let end = bytes.firstIndex(of: lineFeed) {
                    start = end + 1
                    line += 1
                    skippingLine = false
                } else {
                    start = bytes.count
                }
            }
            var records = CSVRecordReader(bytes: UnsafeBufferPointer(rebasing: bytes[start...]), firstLine: line,
                                          startsFile: startsFile, endsFile: ended)
            startsFile = false
            while wantsRecords, records.next(into: &record) {
                wantsRecords = try body(record, records, offset + start)
            }
            if !wantsRecords {
                carried = 0
                offset += bytes.count
                continue
            }
            line = records.nextLine
            let rest = (start + records.consumed)..<bytes.count
            if rest.count > recordLimit {
                handlers.onTooLong(line)
                line += bytes[rest].reduce(0) { $0 + ($1 == lineFeed ? 1 : 0) }
                skippingLine = true
                carried = 0
                offset += bytes.count
            } else {
                move(rest, in: buffer)
                carried = rest.count
                offset += rest.lowerBound
            }
        }
    }

    /// Moves the bytes of `range` to the start of `buffer`.
    private func move(_ range: Range<Int>, in buffer: UnsafeMutableRawBufferPointer) {
        guard !range.isEmpty, range.lowerBound > 0 else { return }
        buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + range.lowerBound, byteCount: range.count)
    }
}
