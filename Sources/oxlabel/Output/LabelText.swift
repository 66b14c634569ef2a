import Foundation
import RegistryCore

/// The text form of label batches, labels and reconciliations for the terminal.
enum LabelText {
    static func issued(_ batch: LabelBatch, remaining: Int) -> String {
        """
        批次 \(batch.number)：发放 \(batch.count) 枚（许可 \(batch.licenceNumber)，\(batch.link.chinese)）
          码段 \(batch.codes)
          剩余额度 remaining quota \(remaining)
        """
    }

    static func printed(_ batch: LabelBatch, labels: Int, file: String) -> String {
        let job = batch.printJobs.last!
        return "批次 \(batch.number)：印制 \(labels) 枚，格式 \(job.format)，文件 \(file)\(job.reason.map { "（重印：\($0)）" } ?? "")"
    }

    static func list(_ view: LabelBatchListView) -> String {
        let header = "许可 \(view.licence)：额度 quota \(view.quota)，已发放 issued \(view.issued)，剩余 remaining \(view.quota - view.issued)"
        return header + "\n" + Table.render(
            header: ["批次", "发放日", "数量", "码段", "印制", "标签显示"],
            rows: view.batches.map { row in
                [row.batch.number, row.batch.issuedOn.description, "\(row.batch.count)", row.batch.codes.description,
                 row.batch.printJobs.isEmpty ? "未印制" : "\(row.batch.printJobs.count) 次",
                 [status(row.shows), row.runs.chinese].compactMap { $0 }.joined(separator: "，")]
            })
    }

    static func show(_ view: LabelView) -> String {
        let label = view.label
        return """
            标签码 \(label.code.grouped())
              批次      \(label.batchNumber)
              标签状态  \(label.state.chinese) (\(label.state.rawValue))\(label.changedAt.map { "，\(Day($0))" } ?? "")\(label.reason.map { "：\($0)" } ?? "")
              显示      \(status(view.shows))\(view.shows.reason.map { "：\($0)" } ?? "")\(view.shows.notice.map { "（\($0.chinese)）" } ?? "")
              查验链接  \(view.url)
            """
    }

    static func reconciliation(_ accounts: LabelReconciliation) -> String {
        var lines = ["批次 \(accounts.batchNumber) 印制对账 reconciliation"]
        let rows: [(String, Int)] = [
            ("发放 allocated", accounts.allocated), ("已印制 printed", accounts.printed), ("已作废 voided", accounts.voided),
            ("已销毁 destroyed", accounts.destroyed), ("已扫码 scanned", accounts.scanned), ("待印制 awaiting print", accounts.awaitingPrint),
            ("流通中 in circulation", accounts.inCirculation),
        ]
        lines += Table.render(header: ["项目 item", "枚 labels"], rows: rows.map { [$0.0, "\($0.1)"] }).split(separator: "\n").map { "  " + $0 }
        lines += accounts.flags.isEmpty ? ["  ✓ 账实相符 no gaps"] : accounts.flags.map { "  ⚠ \($0.chinese) (\($0.english))" }
        return lines.joined(separator: "\n")
    }

    static func withdrawn(_ batches: [LabelBatch], target: LabelTarget, action: RegistryAction) -> String {
        "\(action.chinese)：\(target)，涉及批次 \(batches.map(\.number).joined(separator: "、"))"
    }

    /// `已撤销（批次，自 2026-09-01）`: the state, the level it comes from, and since when.
    static func status(_ shows: DisplayStatus) -> String {
        guard shows.state != .valid else { return shows.state.chinese }
        let source = switch shows.source {
        case .regionTitle: "天然氧吧称号"
        case .licence: "许可"
        case .certificate: "认证证书"
        case .batch: "批次"
        case .label: "标签"
        }
        return "\(shows.state.chinese)（\(source)\(shows.since.map { "，自 \($0)" } ?? "")）"
    }
}

/// A batch with what its labels show today.
struct LabelBatchView: Encodable {
    let batch: LabelBatch
    let shows: DisplayStatus
    /// Labels under a withdrawal of a run of the batch.
    let runs: WithdrawnRuns
}

/// A licence's batches and its quota.
struct LabelBatchListView: Encodable {
    let licence: String
    let quota: Int
    let issued: Int
    let batches: [LabelBatchView]
}

/// A print job's batch, the file written, and the codes printed in print order.
struct LabelPrintView: Encodable {
    let batch: LabelBatch
    let file: String
    let codes: [String]
}

/// A label, what it shows today, and its verification URL.
struct LabelView: Encodable {
    let label: Label
    let shows: DisplayStatus
    let url: String
}
