/// Roll media for a thermal label printer.
public struct ThermalMedia: Sendable, Hashable, Codable {
    /// The gap between labels on the roll, in millimetres (TSPL `GAP`).
    public let gap: Double
    /// The name of a scalable CJK font loaded on the Zebra printers (ZPL `^A@`), e.g. `E:SIMSUN.TTF`.
    /// Without it (the default), ZPL output draws its text as pictures and needs no font on the printer.
    public let zplFontName: String?
}
