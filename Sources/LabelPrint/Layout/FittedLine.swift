/// A line of text placed on a label: its left end on the baseline, and its font.
struct FittedLine: Hashable {
    let text: String
    let x: Double
    let baseline: Double
    let font: LabelFont
    let width: Double
}
