/// A decorative rectangle (band, panel or frame) a template draws under the content.
public struct FilledShape: Sendable, Hashable, Codable {
    public let box: LabelBox
    public let color: RGBColor
    /// Corner radius in millimetres; 0 for square corners.
    public let cornerRadius: Double
    /// When set, the outline is stroked with this width instead of the shape being filled.
    public let outlineWidth: Double?
}
