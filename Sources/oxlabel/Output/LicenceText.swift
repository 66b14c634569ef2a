import Foundation
import RegistryCore

/// The text form of licences for the terminal.
enum LicenceText {
    static func step(_ licence: Licence) -> String {
        "许可 \(licence.number)：\(licence.status.chinese) (\(licence.status.rawValue))，有效期至 \(licence.validUntil)"
    }

    static func describe(_ view: LicenceView, history: [AuditEvent]) -> String {
        let l = view.licence
        var lines = ["许可 \(l.number)（\(l.kind.chinese)）",
                     "  范围      \(l.scope)",
                     "  经营主体  \(view.holder)（\(l.operatorID)）",
                     "  状态      \(view.status.chinese)；标签显示「\(view.shows.state.chinese)」\(view.shows.reason.map { "：\($0)" } ?? "")\(view.shows.notice.map { "（\($0.chinese)）" } ?? "")",
                     "  有效期    \(l.grantedOn) 至 \(l.validUntil)\(l.nextCheckDue.map { "，下次年度核查 \($0)" } ?? "")",
                     "  标签额度  \(l.quota)",
                     "  申请      \(l.applicationNumber)",
                     "  期限:"] + l.terms.map { "    \($0.chinese)，\($0.grantedOn) 批准（申请 \($0.applicationNumber)）" }
        if let s = l.suspension { lines.append("  暂停      \(s.since) 起：\(s.reason)，整改期限 \(s.correctionDeadline)") }
        if let r = l.revocation { lines.append("  撤销      \(r.on)：\(r.category.chinese)，\(r.reason)") }
        if let number = l.climateCertificate { lines.append("  气候依据  气候品质认证证书 \(number)") }
        if let c = l.certification { lines.append("  气候依据  \(c.kind.chinese) \(c.reference)\(c.validUntil.map { "（有效至 \($0)）" } ?? "")") }
        lines.append("  历史:")
        lines += history.reversed().map { e in
            "    \(Timestamp.text(e.at)) \(e.actor)（\(e.role.chinese)）\(e.action.chinese) \(e.fromName ?? "")→\(e.toName ?? "")\(e.reason.map { "：\($0)" } ?? "")"
        }
        return lines.joined(separator: "\n")
    }
}
