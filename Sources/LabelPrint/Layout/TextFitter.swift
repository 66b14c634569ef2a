/// Fits a field's text into its slot: the largest size from `fontSize` down to `minimumFontSize`
/// (in 5 % steps) at which it fits on `maxLines` lines; failing that, the minimum size with the last
/// line shortened by an ellipsis. Text with spaces wraps between words, other text as `LineBreaks` says.
///
/// The last fit of each slot is kept: labels of one batch share most of their text.
final class TextFitter {
    static let lineSpacing = 1.25
    private static let ellipsis = "…"

    let measurer: TextMeasurer
    private var lastFit = [TextSlot: (text: String, lines: [FittedLine])]()

    init(measurer: TextMeasurer) {
        self.measurer = measurer
    }

    func fit(_ text: String, in slot: TextSlot) -> [FittedLine] {
        if let last = lastFit[slot], last.text == text { return last.lines }
        let lines = layOut(text, in: slot)
        lastFit[slot] = (text, lines)
        return lines
    }

    private func layOut(_ text: String, in slot: TextSlot) -> [FittedLine] {
        var size = slot.fontSize
        var lines: [String]
        while true {
            let font = LabelFont(typeface: slot.typeface, bold: slot.bold, size: size)
            lines = wrap(text, width: slot.width, font: font)
            if lines.count <= slot.maxLines { break }
            let smaller = size - slot.fontSize * 0.05
            if smaller < slot.minimumFontSize - 1e-9 {
                lines = Array(lines.prefix(slot.maxLines - 1)) + [shorten(lines[slot.maxLines - 1], width: slot.width, font: font)]
                break
            }
            size = smaller
        }
        let font = LabelFont(typeface: slot.typeface, bold: slot.bold, size: size)
        return lines.enumerated().map { index, line in
            let trimmed = line.trimmingSpaces
            let width = measurer.width(of: trimmed, font: font)
            let x = slot.x + (slot.alignment == .left ? 0 : slot.alignment == .center ? (slot.width - width) / 2 : slot.width - width)
            return FittedLine(text: trimmed, x: x, baseline: slot.baseline + Double(index) * size * Self.lineSpacing, font: font, width: width)
        }
    }

    /// Greedy line breaking into lines no wider than `width` (a unit wider than a line stands alone).
    /// A line never starts with a middle dot or closing punctuation, nor ends with a middle dot.
    private func wrap(_ text: String, width: Double, font: LabelFont) -> [String] {
        let units: [String] = text.contains(" ")
            ? text.split(separator: " ").reduce(into: []) { units, word in
                if word.allSatisfy(\.isPunctuation), !units.isEmpty { units[units.count - 1] += " " + word }
                else { units.append(units.isEmpty ? String(word) : " " + word) }
            }
            : LineBreaks.units(of: text) { measurer.width(of: $0, font: font) <= width }
        var lines = [String]()
        var current = ""
        for unit in units {
            if !current.isEmpty, measurer.width(of: (current + unit).trimmingSpaces, font: font) > width {
                lines.append(String(current.reversed().drop { $0 == " " || $0 == "·" }.reversed()))
                current = String(unit.trimmingSpaces.drop { $0 == "·" })
            } else {
                current += unit
            }
        }
        return lines + [current]
    }

    private func shorten(_ line: String, width: Double, font: LabelFont) -> String {
        var characters = Array(line.trimmingSpaces)
        while !characters.isEmpty, measurer.width(of: String(characters) + Self.ellipsis, font: font) > width {
            characters.removeLast()
        }
        return String(characters).trimmingSpaces + Self.ellipsis
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
