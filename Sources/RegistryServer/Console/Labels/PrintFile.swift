import LabelPrint
import RegistryCore

/// The print files the console offers for a batch, one button each in the download form: the two A4
/// sheets, a thermal-roll PDF, TSPL and ZPL programs for the thermal roll chosen in the form, and the
/// A5 plaque of a homestay or the A6 table card of a dish.
enum PrintFile: String, CaseIterable, Sendable {
    case a4Sheet3x7 = "a4-3x7"
    case a4Sheet5x13 = "a4-5x13"
    case thermalPDF = "thermal"
    case tspl
    case zpl
    case homestayPlaque = "plaque-a5"
    case dishTableCard = "table-card-a6"

    /// A download button: the form value, the element id and the label.
    struct Choice: Encodable {
        let value: String
        let id: String
        let label: String
    }

    /// The buttons for a batch of a licence of `kind`.
    static func choices(for kind: SubjectKind) -> [Choice] {
        allCases.filter { $0.kind.map { $0 == kind } ?? true }.map { Choice(value: $0.rawValue, id: "download-\($0.rawValue)", label: $0.label) }
    }

    /// The kind of licence the file is for, when only one.
    var kind: SubjectKind? { output(roll: .thermal40x30).format.onlyFor }

    var label: String {
        switch self {
        case .a4Sheet3x7: "A4 3×7 PDF"
        case .a4Sheet5x13: "A4 5×13 PDF"
        case .thermalPDF: "热敏卷 PDF"
        case .tspl: "TSPL（热敏打印机）"
        case .zpl: "ZPL（斑马打印机）"
        case .homestayPlaque: "民宿标牌 A5 PDF"
        case .dishTableCard: "菜品桌卡 A6 PDF"
        }
    }

    /// What to write, with the thermal roll for the thermal outputs.
    func output(roll: LabelFormat) -> LabelOutput {
        switch self {
        case .a4Sheet3x7: .pdf(.a4Sheet3x7)
        case .a4Sheet5x13: .pdf(.a4Sheet5x13)
        case .thermalPDF: .pdf(roll)
        case .tspl: .tspl(roll)
        case .zpl: .zpl(roll)
        case .homestayPlaque: .pdf(.homestayPlaqueA5)
        case .dishTableCard: .pdf(.dishTableCardA6)
        }
    }

    /// The file's extension and media type.
    var file: (extension: String, contentType: String) {
        switch self {
        case .a4Sheet3x7, .a4Sheet5x13, .thermalPDF, .homestayPlaque, .dishTableCard: ("pdf", "application/pdf")
        case .tspl: ("tspl", "application/octet-stream")
        case .zpl: ("zpl", "application/octet-stream")
        }
    }
}
