/// A line of text in the oxygen-bar mark (the "O₂"), in the artwork's view-box coordinates.
public struct MarkText: Sendable, Hashable {
    public let text: String
    public let x: Double
    public let baseline: Double
    public let fontSize: Double
    public let bold: Bool
    public let fill: RGBColor
    /// SVG `text-anchor`: where `x` is along the text.
    public let alignment: TextSlot.Alignment
}
