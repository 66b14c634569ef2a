/// A filled path of the oxygen-bar mark, in the artwork's view-box coordinates.
public struct MarkPath: Sendable, Hashable {
    public let commands: [PathCommand]
    public let fill: RGBColor
    /// SVG `fill-rule="evenodd"`: used for rings.
    public let evenOdd: Bool
}
