/// The layout of one label format, read from a JSON file in `Labels/`.
///
/// All lengths are millimetres from the label's top-left corner. A template with a `sheet` prints
/// many labels per A4 page; one without prints one label per page of the label's own size.
public struct LabelTemplate: Sendable, Hashable, Codable {
    /// The format's name, as the CLI spells it: `a4-3x7`, `thermal-40x30`, ….
    public let format: String
    /// A readable description, e.g. `A4 3×7 不干胶标签 63.5×38.1 mm`.
    public let title: String
    public let width: Double
    public let height: Double
    public let sheet: SheetGrid?
    /// Present for thermal roll formats.
    public let thermal: ThermalMedia?
    public let shapes: [FilledShape]
    /// Where the oxygen-bar mark goes, if the format shows it.
    public let mark: LabelBox?
    public let qr: QRSlot
    public let texts: [TextSlot]
}
