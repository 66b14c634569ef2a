/// Plain-text tables for the terminal, aligned for Chinese characters (two columns wide each).
enum Table {
    static func render(header: [String], rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "（无记录 none）" }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { width(of: $0[column]) }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - width(of: cell))
            }.joined(separator: "  ").trimmingTrailingSpaces
        }.joined(separator: "\n")
    }

    /// Display width: East Asian wide characters take two columns.
    static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            total + ((0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                     || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                     || (0xFE30...0xFE4F).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
                     || (0xFFE0...0xFFE6).contains(scalar.value) ? 2 : 1)
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
