import RegistryCore

/// The text form of a subject for the terminal.
enum SubjectText {
    static func describe(_ subject: Subject) -> String {
        var lines = ["#\(subject.id) \(subject.name)（\(subject.kind.chinese)）",
                     "  经营主体  \(subject.operatorID)",
                     "  乡镇      \(Yanqing.towns.first { $0.id == subject.townID }?.name ?? subject.townID)"]
        switch subject.details {
        case .product(let p):
            lines += ["  作物      \(p.crop)\(p.variety.map { "·\($0)" } ?? "")，\(p.season) 年度",
                      "  地块      \(p.plot)（\(p.location.latitude), \(p.location.longitude)\(p.location.elevation.map { "，海拔 \($0) 米" } ?? "")），\(p.areaMu) 亩",
                      "  预计产量  \(p.expectedOutputKg) kg，包装 \(p.packSizeKg) kg\(p.gtin.map { "，GTIN \($0)" } ?? "")"]
        case .homestay(let h):
            lines += ["  地址      \(h.address)，\(h.rooms) 间客房（\(h.location.latitude), \(h.location.longitude)）"]
        case .dish(let d):
            lines += ["  餐厅      \(d.restaurant)",
                      "  配料      " + d.ingredients.map { "\($0.name) \(Int($0.grams))g\($0.sourceSubjectID.map { "（对象 #\($0)）" } ?? "")" }.joined(separator: "，")]
        }
        return lines.joined(separator: "\n")
    }

    /// A correction: each changed field with its old and new value, or that nothing changed.
    static func edited(_ subject: Subject, changes: [SubjectFieldChange]) -> String {
        guard !changes.isEmpty else { return "认证对象 #\(subject.id) 无变更 nothing changed" }
        return (["已更正认证对象 corrected subject #\(subject.id) \(subject.name)："]
            + changes.map { "  \($0.field)  \($0.from.isEmpty ? "（空）" : $0.from) → \($0.to.isEmpty ? "（空）" : $0.to)" }).joined(separator: "\n")
    }
}
