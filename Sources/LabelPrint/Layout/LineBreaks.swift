/// Where Chinese text without spaces may break between lines, by the usual rules of Chinese typesetting
/// (避头尾): never before closing punctuation or a middle dot, never after opening punctuation, never
/// inside a run of Latin letters and digits; and the parts of a name joined by a middle dot
/// ("中国天然氧吧·延庆") stay whole as long as each fits on a line.
enum LineBreaks {
    /// Characters that must not start a line.
    static let closing: Set<Character> = Set("，。、；：？！）」』》〉】”’…·,.;:?!)]}%℃")
    /// Characters that must not end a line.
    static let opening: Set<Character> = Set("（「『《〈【“‘([{")

    /// The pieces of `text` a line may break between, in order; `fits` says whether a piece fits on
    /// one line. Joined, the pieces are `text`.
    static func units(of text: String, fits: (String) -> Bool) -> [String] {
        var units: [String] = []
        for (index, part) in parts(joinedByMiddleDots: text).enumerated() {
            let piece = index == 0 ? part : "·" + part
            units += fits(piece) ? [piece] : characterUnits(of: piece)
        }
        return units
    }

    /// The text split at its middle dots, without them.
    private static func parts(joinedByMiddleDots text: String) -> [String] {
        text.split(separator: "·", omittingEmptySubsequences: false).map(String.init)
    }

    /// Single characters, with closing punctuation kept on the character before it, opening
    /// punctuation on the character after it, and Latin letters and digits in runs.
    private static func characterUnits(of text: String) -> [String] {
        var units: [String] = []
        var openingHeld = ""
        for character in text {
            if opening.contains(character) {
                openingHeld.append(character)
                continue
            }
            let unit = openingHeld + String(character)
            openingHeld = ""
            let glued = closing.contains(character) || (isLatin(character) && units.last?.last.map(isLatin) == true)
            if glued, !units.isEmpty { units[units.count - 1] += unit } else { units.append(unit) }
        }
        if !openingHeld.isEmpty { units.append(openingHeld) }
        return units
    }

    private static func isLatin(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
