import RegistryCore

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

    /// The one kind of subject the format is made for (a homestay's door plaque, a dish's table
    /// card), or nil for the sheets and rolls every kind may use.
    public var onlyFor: SubjectKind? {
        switch self {
        case .homestayPlaqueA5: .homestay
        case .dishTableCardA6: .dish
        default: nil
        }
    }

    /// Whether labels of a subject of `kind` may be printed in this format.
    public func suits(_ kind: SubjectKind) -> Bool { onlyFor.map { $0 == kind } ?? true }
}
