import Hummingbird
import RegistryCore
import RegistryStore

/// `GET /console/labels/licences/{number}`: a licence's quota, used and left, its batches, and the form
/// that issues a batch (`count`, and for products an optional GTIN and lot for a GS1 Digital Link).
/// `POST …/issue` issues it within the quota; a refusal (over quota, a bad count or GTIN) is shown in
/// Chinese next to its field and nothing is issued. An approver withdraws every batch issued before a day
/// (`LabelWithdrawalForm`).
enum LicenceLabelsPage {
    struct View: PageView {
        static let template = "console-labels-licence"

        let frame: ConsoleFrame
        let account: LabelAccountView
        let canIssue: Bool
        let canWithdraw: Bool
        let isProduct: Bool
        let values: [String: String]
        let errors: [String: String]
    }

    static func page(_ call: ConsoleCall, number: String) throws -> Response {
        try render(call, number: number, values: [:], errors: FormErrors())
    }

    static func issue(_ call: ConsoleCall, number: String, form: ConsoleForm) throws -> Response {
        var errors = FormErrors()
        let count = errors.check("count") { try Self.count(form["count"]) }
        let link = errors.check("gtin") { try Self.link(gtin: form.optional("gtin"), lot: form.optional("lot")) }
        guard let count, let link, errors.isEmpty else {
            return try render(call, number: number, values: form.values, errors: errors, status: .unprocessableContent)
        }
        do {
            let batch = try call.change(.issueLabels) { tx, actor in try tx.issueBatch(licence: number, count: count, link: link, by: actor) }
            return try call.redirect(to: LabelsSection.batchPath(batch.number),
                                     flash: .notice("已发放批次 \(batch.number)：\(batch.count) 枚（码段 \(batch.codes)）"))
        } catch let refusal as LabelError {
            errors.add(refusal.chinese, for: "count")
        } catch let refusal as FieldError {
            errors.add(refusal.chinese, for: "count")
        } catch let refusal as RegistryError {
            if case .notFound = refusal { throw refusal }
            errors.add(refusal.chinese, for: "form")
        }
        return try render(call, number: number, values: form.values, errors: errors, status: .unprocessableContent)
    }

    static func render(_ call: ConsoleCall, number: String, values: [String: String], errors: FormErrors,
                               status: HTTPResponse.Status = .ok) throws -> Response {
        let account = try call.read { try $0.labelAccount(licence: number) }
        let view = View(frame: call.frame(title: "许可 \(account.licence.number) 的标签"), account: LabelAccountView(account),
                        canIssue: call.staff.permits(.issueLabels), canWithdraw: LabelsSection.withdrawals.contains(where: call.staff.permits),
                        isProduct: account.licence.kind == .product,
                        values: values, errors: errors.messages)
        return try call.page(view, status: status)
    }

    /// The number of labels typed into the form.
    static func count(_ text: String) throws(FieldError) -> Int {
        let field = FieldName("数量", "count")
        guard let count = try NumberInput.whole(text, field: field, in: 1...LabelBatch.maximumCount) else { throw .empty(field: field) }
        return count
    }

    /// The link form the QR codes take: short, or a GS1 Digital Link when a GTIN and a lot are given.
    static func link(gtin: String?, lot: String?) throws -> LabelLinkForm {
        switch (gtin, lot) {
        case (nil, nil): return .short
        case let (gtin?, lot?): return .digitalLink(gtin: try GTIN(parsing: gtin), lot: try GS1Lot(parsing: lot))
        default:
            throw FieldError.invalid(field: FieldName("GTIN 与批号", "GTIN and lot"), chinese: "须同时填写（GS1 数字链接），或都不填（短链接）",
                                     english: "give both for a GS1 Digital Link, or neither")
        }
    }
}
