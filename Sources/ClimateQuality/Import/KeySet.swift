/// A set of hour or day numbers (negative before 1970) as a bitmap in chunks of 4,096, allocated as
/// keys arrive: a station's years of hours cost about 1 KB a year, whatever the order they come in.
public struct KeySet: Sendable, Hashable {
    private var chunks: [Int: [UInt64]] = [:]

    private static let chunkShift = 12
    private static let wordsPerChunk = (1 << chunkShift) / 64

    public init() {}

    /// Adds `key`; false when it was already there.
    @discardableResult
    public mutating func insert(_ key: Int) -> Bool {
        let (chunk, word, bit) = Self.position(of: key)
        var inserted = false
        chunks[chunk, default: [UInt64](repeating: 0, count: Self.wordsPerChunk)].withUnsafeMutableBufferPointer { words in
            inserted = words[word] & bit == 0
            words[word] |= bit
        }
        return inserted
    }

    public func contains(_ key: Int) -> Bool {
        let (chunk, word, bit) = Self.position(of: key)
        return chunks[chunk].map { $0[word] & bit != 0 } ?? false
    }

    /// The chunk (floor division: arithmetic shift), the word in it and the bit in the word.
    private static func position(of key: Int) -> (chunk: Int, word: Int, bit: UInt64) {
        let offset = key & ((1 << chunkShift) - 1)
        return (key >> chunkShift, offset >> 6, 1 << UInt64(offset & 63))
    }
}
