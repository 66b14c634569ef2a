/// A line of text on a thermal label, in printer dots from the label's top left.
struct ThermalLine: Hashable {
    let text: String
    /// The printer's name for the font, or nil for a line drawn as a picture in `font`.
    let fontName: String?
    /// The label font the line was measured in, at its size in dots.
    let font: LabelFont
    let x: Int
    let top: Int
    let width: Int
    /// Font height (and width of a CJK character) in dots.
    let height: Int
    /// Printed white on black, for the grade badge.
    let reversed: Bool

    func overlaps(_ other: (x: Int, y: Int, width: Int, height: Int)) -> Bool {
        x < other.x + other.width && other.x < x + width && top < other.y + other.height && other.y < top + height
    }
}
