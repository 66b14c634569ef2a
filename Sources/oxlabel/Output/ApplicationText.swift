import RegistryCore

/// The text form of applications and rule verdicts for the terminal.
enum ApplicationText {
    static func step(_ application: Application) -> String {
        "申请 \(application.number)：\(application.state.chinese) (\(application.state.rawValue))"
    }

    /// For a renewal, the licence and the new term, e.g. `，续展许可 YQYB-P-2026-0001：2027-08-11 至 2028-08-10`.
    static func renewal(_ application: Application) -> String {
        guard let r = application.renewal else { return "" }
        return "，续展许可 \(r.licenceNumber) 第 \(r.renewsTerm) 期 renewal：新期限 \(r.from) 至 \(r.until)\(r.season.map { "（\($0) 年度）" } ?? "")"
    }

    static func describe(_ a: Application) -> String {
        var lines = ["申请 \(a.number)（\(a.kind.chinese)，对象 #\(a.subjectID)，经营主体 \(a.operatorID)）",
                     "  状态      \(a.state.chinese)"]
        if let r = a.renewal {
            lines.append("  续展      许可 \(r.licenceNumber) 第 \(r.renewsTerm) 期之后：\(r.from) 至 \(r.until)\(r.season.map { "（\($0) 年度）" } ?? "")")
        }
        if let day = a.submittedOn { lines.append("  提交      \(day)") }
        if let name = a.acceptedBy { lines.append("  受理      \(name)") }
        if let reason = a.returnReason { lines.append("  退回理由  \(reason)") }
        if let name = a.reviewedBy { lines.append("  审核      \(name)：\(a.reviewFindings ?? "")") }
        if let name = a.approvedBy { lines.append("  审批      \(name)，\(a.decidedOn.map(\.description) ?? "")") }
        if let day = a.publicityEndsOn { lines.append("  公示截止  \(day)") }
        if let reason = a.rejectionReason { lines.append("  不予通过  \(reason)") }
        for o in a.objections {
            let outcome = o.resolution.map { "\($0.upheld ? "成立" : "不成立")（\($0.by)：\($0.reason)）" } ?? "待处理"
            lines.append("  异议 #\(o.id) \(o.raisedOn) \(o.raisedBy)：\(o.text) → \(outcome)")
        }
        lines.append("  证明材料  " + (a.evidence.isEmpty ? "—" : a.evidence.map { "\($0.kind.chinese) \($0.reference)\($0.value.map { "（\($0)）" } ?? "")" }.joined(separator: "；")))
        return lines.joined(separator: "\n")
    }

    static func verdicts(_ verdicts: [RuleVerdict]) -> String {
        "准入条件 admission rules:\n" + verdicts.map { v in
            let mark = switch v.outcome { case .pass: "✓"; case .fail: "✗"; case .needsEvidence: "?" }
            return "  \(mark) \(v.title)：\(v.outcome.chinese) — \(v.reason)"
        }.joined(separator: "\n")
    }
}
