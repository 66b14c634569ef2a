/// The label formats the bureau prints, each with a template `Labels/<rawValue>.json`.
public enum LabelFormat: String, Sendable, CaseIterable, Codable {
    case a4Sheet3x7 = "a4-3x7"
    case a4Sheet5x13 = "a4-5x13"
    case thermal40x30 = "thermal-40x30"
    case thermal50x30 = "thermal-50x30"
    case homestayPlaqueA5 = "plaque-a5"
    case dishTableCardA6 = "table-card-a6"

    /// Whether the format is a thermal roll, which TSPL and ZPL can print.
    public var isThermal: Bool { self == .thermal40x30 || self == .thermal50x30 }
}
