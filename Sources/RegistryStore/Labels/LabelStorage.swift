import Foundation
import RegistryCore

extension LabelCode {
    /// The stored form: the 80 random bits as 10 bytes, most significant first, so that byte order is
    /// code order (the check symbol follows from the bits).
    var storageBytes: Data {
        let (high, low) = randomBits
        var data = Data(count: 10)
        data.withUnsafeMutableBytes { (bytes: UnsafeMutableRawBufferPointer) in
            for index in 0..<5 {
                let shift = UInt64(8 * (4 - index))
                bytes[index] = UInt8(truncatingIfNeeded: high >> shift)
                bytes[5 + index] = UInt8(truncatingIfNeeded: low >> shift)
            }
        }
        return data
    }

    /// The code stored as `storageBytes`.
    init?(storageBytes data: Data) {
        guard data.count == 10 else { return nil }
        let bytes = Array(data)
        let half = { (range: Range<Int>) in bytes[range].reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
        self.init(randomBits: half(0..<5), half(5..<10))
    }
}

extension LabelState {
    /// The number kept in the `labels.state` column.
    var storageNumber: Int {
        switch self {
        case .allocated: 0
        case .printed: 1
        case .voided: 2
        case .destroyed: 3
        }
    }

    init?(storageNumber: Int) {
        guard let state = LabelState.allCases.first(where: { $0.storageNumber == storageNumber }) else { return nil }
        self = state
    }

    /// The storage numbers of a set of states, as an SQL list: `(0, 1)`.
    static func sqlList(_ states: Set<LabelState>) -> String {
        "(" + states.map { String($0.storageNumber) }.sorted().joined(separator: ", ") + ")"
    }
}
