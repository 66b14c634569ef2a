import Hummingbird
import RegistryCore
import RegistryStore

/// `GET /console/labels/batches/{number}`: a batch, what its labels show today, its print runs, the
/// download form (every print file is a POST: printing marks the labels printed, and a reprint asks
/// for a reason), the forms that void or destroy labels and withdraw them, and the reconciliation table.
enum LabelBatchPage {
    struct View: PageView {
        static let template = "console-labels-batch"

        let frame: ConsoleFrame
        let number: String
        let licenceNumber: String
        let licenceHref: String
        let count: Int
        let issuedOn: String
        let issuedBy: String
        let codes: String
        let link: String
        let shows: String
        let showsReason: String?
        let printJobs: [PrintJobRow]
        let isPrinted: Bool
        let files: [PrintFile.Choice]
        let withdrawals: [WithdrawalRow]
        let reconciliation: [ReconciliationRow]
        let flags: [String]
        let canPrint: Bool
        let canVoid: Bool
        let canWithdraw: Bool
        let values: [String: String]
        let errors: [String: String]
    }

    struct PrintJobRow: Encodable {
        let format: String
        let labels: Int
        let at: String
        let by: String
        let reason: String
    }

    struct WithdrawalRow: Encodable {
        let kind: String
        let scope: String
        let since: String
        let reason: String
        let inForce: Bool
    }

    struct ReconciliationRow: Encodable {
        let label: String
        let count: Int
    }

    static func page(_ call: ConsoleCall, number: String) throws -> Response {
        try render(call, number: number, values: [:], errors: FormErrors())
    }

    /// The page with a form's values and its errors beside the fields.
    static func render(_ call: ConsoleCall, number: String, values: [String: String], errors: FormErrors,
                       status: HTTPResponse.Status = .ok) throws -> Response {
        let (batch, kind, shows, accounts) = try call.read { tx in
            let batch = try tx.labelBatch(number)
            return (batch, try tx.licence(batch.licenceNumber).kind, try tx.displayStatus(of: batch), try tx.reconcile(batch: batch.number))
        }
        let view = View(
            frame: call.frame(title: "标签批次 \(batch.number)"), number: batch.number, licenceNumber: batch.licenceNumber,
            licenceHref: LabelsSection.licencePath(batch.licenceNumber), count: batch.count, issuedOn: batch.issuedOn.description,
            issuedBy: batch.issuedBy, codes: batch.codes.description, link: batch.link.chinese, shows: shows.state.chinese,
            showsReason: shows.reason,
            printJobs: batch.printJobs.map { PrintJobRow(format: $0.format, labels: $0.labels, at: ConsoleTime.text($0.at), by: $0.by, reason: $0.reason ?? "") },
            isPrinted: !batch.printJobs.isEmpty, files: PrintFile.choices(for: kind),
            withdrawals: batch.withdrawals.map {
                WithdrawalRow(kind: $0.kind == .suspension ? "暂停" : "撤销", scope: $0.codes.map { "码段 \($0)" } ?? "整批",
                              since: $0.since.description, reason: $0.reason, inForce: $0.isInForce)
            },
            reconciliation: [
                ReconciliationRow(label: "已发放（分配）", count: accounts.allocated),
                ReconciliationRow(label: "已印制", count: accounts.printed),
                ReconciliationRow(label: "已作废", count: accounts.voided),
                ReconciliationRow(label: "已销毁", count: accounts.destroyed),
                ReconciliationRow(label: "已被扫码", count: accounts.scanned),
                ReconciliationRow(label: "待印制", count: accounts.awaitingPrint),
                ReconciliationRow(label: "流通中", count: accounts.inCirculation),
            ],
            flags: accounts.flags.map(\.chinese),
            canPrint: call.staff.permits(.printLabels), canVoid: call.staff.permits(.voidLabels) || call.staff.permits(.destroyLabels),
            canWithdraw: LabelsSection.withdrawals.contains(where: call.staff.permits),
            values: values, errors: errors.messages)
        return try call.page(view, status: status)
    }
}
