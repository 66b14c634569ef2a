/// Roll media for a thermal label printer.
public struct ThermalMedia: Sendable, Hashable, Codable {
    /// The gap between labels on the roll, in millimetres (TSPL `GAP`).
    public let gap: Double
    /// The font name of a scalable CJK font on Zebra printers (ZPL `^A@`), e.g. `E:SIMSUN.TTF`.
    public let zplFontName: String
}
