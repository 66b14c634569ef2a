/// The fonts a thermal printer language offers, and how a layout picks among them.
enum ThermalFonts {
    /// A bitmap font of fixed size built into the printer.
    struct BitmapFont {
        let name: String
        /// Advance of one character in dots (a CJK character in a GB font is as wide as it is high).
        let characterWidth: Int
        let height: Int
    }

    /// One scalable font (ZPL `^A@`), sized as the template says; without a name the text is drawn
    /// as pictures (ZPL `^GF`) in the label's own typeface.
    case scalable(name: String?)
    /// TSPL: a Chinese bitmap font for lines with Chinese text; for plain ASCII lines (the code, the
    /// licence number) the largest Latin font that fits the slot.
    case bitmap(chinese: BitmapFont, latin: [BitmapFont])

    /// TSPL's `TSS24.BF2` (GB 2312, 24 × 24 dots) and its built-in Latin fonts 3, 2 and 1.
    static let tspl = ThermalFonts.bitmap(
        chinese: BitmapFont(name: "TSS24.BF2", characterWidth: 24, height: 24),
        latin: [BitmapFont(name: "3", characterWidth: 16, height: 24), BitmapFont(name: "2", characterWidth: 12, height: 20),
                BitmapFont(name: "1", characterWidth: 8, height: 12)])
}
