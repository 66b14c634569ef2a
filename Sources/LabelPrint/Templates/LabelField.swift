/// Which part of a label's content a text slot prints.
public enum LabelField: String, Sendable, Codable, CaseIterable {
    case brandLine
    case slogan
    case subject
    case operatorName
    case town
    case grade
    case documentNumber
    case code
    /// Fixed wording only: the slot prints its `prefix` (e.g. 扫码查验 · 认准氧吧标识).
    case caption

    /// The text for `content`, or nil when the label has nothing to show here (no printable grade).
    func text(of content: LabelContent) -> String? {
        switch self {
        case .brandLine: content.brand.brandLine
        case .slogan: content.brand.slogan
        case .subject: content.subject
        case .operatorName: content.operatorName
        case .town: content.town
        case .grade: content.printedGrade?.chinese
        case .documentNumber: content.documentNumber
        case .code: content.code.grouped()
        case .caption: ""
        }
    }
}
