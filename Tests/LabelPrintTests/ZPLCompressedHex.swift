/// Expands ZPL's compressed ASCII hex (repeat counts `G`–`Y` and `g`–`z`, `,` and `!` for a row's
/// rest, `:` for a row like the last) back into bytes, as a Zebra printer reads a `^GFA` field.
enum ZPLCompressedHex {
    static func expanded(_ data: String, bytesPerRow: Int) -> [UInt8]? {
        let digitsPerRow = bytesPerRow * 2
        var rows = [[Character]]()
        var row = [Character]()
        var count = 0
        func endRow(fill: Character?) {
            if let fill { row += Array(repeating: fill, count: max(0, digitsPerRow - row.count)) }
            rows.append(row)
            row = []
        }
        for character in data {
            switch character {
            case "G"..."Y": count += Int(character.asciiValue! - Character("G").asciiValue!) + 1
            case "g"..."z": count += 20 * (Int(character.asciiValue! - Character("g").asciiValue!) + 1)
            case ",": endRow(fill: "0")
            case "!": endRow(fill: "F")
            case ":":
                guard let last = rows.last else { return nil }
                rows.append(last)
            default:
                guard character.isHexDigit else { return nil }
                row += Array(repeating: character, count: max(1, count))
                count = 0
                if row.count == digitsPerRow { endRow(fill: nil) } else if row.count > digitsPerRow { return nil }
            }
        }
        guard row.isEmpty else { return nil }
        var bytes = [UInt8]()
        for full in rows {
            for index in stride(from: 0, to: full.count, by: 2) {
                guard let byte = UInt8(String(full[index...index + 1]), radix: 16) else { return nil }
                bytes.append(byte)
            }
        }
        return bytes
    }
}
