/// How labels sit on a sheet: a grid of `columns` × `rows` with its top-left label at `left`, `top`.
public struct SheetGrid: Sendable, Hashable, Codable {
    public let pageWidth: Double
    public let pageHeight: Double
    public let columns: Int
    public let rows: Int
    /// Distance from the page's left edge to the first column, in millimetres.
    public let left: Double
    /// Distance from the page's top edge to the first row.
    public let top: Double
    /// Distance between the left edges of neighbouring columns.
    public let columnPitch: Double
    /// Distance between the top edges of neighbouring rows.
    public let rowPitch: Double

    /// Labels per sheet.
    public var labelsPerSheet: Int { columns * rows }

    /// The top-left corner of the label in `slot` (0-based, row by row).
    public func origin(ofSlot slot: Int) -> (x: Double, y: Double) {
        (left + Double(slot % columns) * columnPitch, top + Double(slot / columns) * rowPitch)
    }
}
