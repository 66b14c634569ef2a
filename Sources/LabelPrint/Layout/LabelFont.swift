/// A typeface, weight and size (em height in millimetres) for one run of text.
struct LabelFont: Hashable {
    let typeface: Typeface
    let bold: Bool
    let size: Double
}
