/// The oxygen-bar mark drawn for this project, read from `Labels/oxygen-bar-mark.svg`.
///
/// The file keeps to a subset that both the SVG output and the cairo renderer draw from this one
/// definition: `<path>` with absolute M/L/C/Z data, `fill` and `fill-rule`, and `<text>` with
/// `x`, `y`, `font-size`, `font-weight`, `fill` and `text-anchor`, set in `Typeface.sans`.
public struct MarkArtwork: Sendable, Hashable {
    /// The width and height of the view box (its origin is 0, 0).
    public let viewBoxWidth: Double
    public let viewBoxHeight: Double
    /// Paths in painting order; texts are painted after them.
    public let paths: [MarkPath]
    public let texts: [MarkText]
}
