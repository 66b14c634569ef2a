/// How long the labels of a licence's kind stay valid ([default] per kind in `Schemas/rules/workflow.json`).
public enum LabelValidity: String, Codable, Sendable, Hashable, CaseIterable {
    /// A batch belongs to the term it was issued in and expires with it, renewal or not (product labels
    /// describe one season's produce).
    case term
    /// A batch follows the licence through its renewals (homestay plaques, dish cards).
    case licence

    /// In words, for pages.
    public var chinese: String {
        switch self {
        case .term: "标签随发放时的许可期限到期"
        case .licence: "标签随许可续展继续有效"
        }
    }
}
