import CQRencode

/// The modules of one QR symbol, without quiet zone, as libqrencode produced them.
public struct QRMatrix: Sendable, Hashable {
    /// Quiet zone required around the symbol by ISO/IEC 18004, in modules.
    public static let quietZoneModules = 4

    /// The QR version (1…40).
    public let version: Int
    /// Modules per side: 17 + 4 × version.
    public let size: Int
    /// The level the symbol was encoded with.
    public let errorCorrection: QRErrorCorrection
    /// Row-major, true for a dark module.
    private let modules: [Bool]

    /// Encodes `text` at the smallest version that holds it. libqrencode splits the text into
    /// numeric, alphanumeric and byte segments itself, so an upper-case URL stays alphanumeric.
    public init(encoding text: String, errorCorrection: QRErrorCorrection) throws(LabelPrintError) {
        guard let symbol = QRcode_encodeString(text, 0, errorCorrection.libqrencodeLevel, QR_MODE_8, 1) else {
            throw .qrEncodingFailed(text)
        }
        defer { QRcode_free(symbol) }
        let version = Int(symbol.pointee.version)
        let width = Int(symbol.pointee.width)
        guard (1...40).contains(version), width == 17 + 4 * version, let data = symbol.pointee.data else {
            throw .qrEncodingFailed(text)
        }
        self.version = version
        self.size = width
        self.errorCorrection = errorCorrection
        self.modules = UnsafeBufferPointer(start: data, count: width * width).map { $0 & 1 == 1 }
    }

    /// Modules per side including the quiet zone on both sides.
    public var sizeWithQuietZone: Int { size + 2 * Self.quietZoneModules }

    /// Whether the module in `column`, `row` (both from 0 at the top left) is dark.
    public func isDark(column: Int, row: Int) -> Bool { modules[row * size + column] }

    /// The dark modules of each row merged into horizontal runs (`row`, first column, length), so
    /// that vector output draws one rectangle per run instead of one per module.
    public var darkRuns: [(row: Int, column: Int, length: Int)] {
        var runs = [(row: Int, column: Int, length: Int)]()
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(column: column, row: row) else { column += 1; continue }
                let start = column
                while column < size, isDark(column: column, row: row) { column += 1 }
                runs.append((row, start, column - start))
            }
        }
        return runs
    }
}
