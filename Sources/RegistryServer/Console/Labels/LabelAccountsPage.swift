import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

/// `GET /console/labels?licence=&page=`: licences that may carry labels, with quota used and left and
/// their batches, a page at a time, narrowed by the start of a licence number. A page number outside
/// 1…`maxPage` is refused (400); a page past the last shows none.
enum LabelAccountsPage {
    static let pageSize = 50
    static let maxPage = 100_000

    struct View: PageView {
        static let template = "console-labels"

        let frame: ConsoleFrame
        let licence: String
        let accounts: [LabelAccountView]
        let isEmpty: Bool
        let previousHref: String?
        let nextHref: String?
    }

    static func page(_ call: ConsoleCall) throws -> Response {
        let prefix = call.query("licence") ?? ""
        let page = try call.wholeNumber("page", field: FieldName("页码", "page"), in: 1...maxPage) ?? 1
        let accounts = try call.read { try $0.labelAccounts(numberPrefix: prefix, limit: pageSize + 1, offset: (page - 1) * pageSize) }
        func href(_ page: Int) -> String {
            var allowed = CharacterSet.alphanumerics
            allowed.insert("-")
            let query = prefix.isEmpty ? "" : "licence=\(prefix.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")&"
            return "/console/labels?\(query)page=\(page)"
        }
        let view = View(frame: call.frame(title: "标签"), licence: prefix, accounts: accounts.prefix(pageSize).map(LabelAccountView.init),
                        isEmpty: accounts.isEmpty, previousHref: page > 1 ? href(page - 1) : nil,
                        nextHref: accounts.count > pageSize ? href(page + 1) : nil)
        return try call.page(view)
    }
}

/// A licence's label account as the pages show it.
struct LabelAccountView: Encodable {
    let number: String
    let href: String
    let scope: String
    let kind: String
    let quota: Int
    let issued: Int
    let remaining: Int
    let shows: String
    let batches: [LabelBatchSummary]
    let hasBatches: Bool

    init(_ account: LabelAccount) {
        number = account.licence.number
        href = LabelsSection.licencePath(account.licence.number)
        scope = account.licence.scope
        kind = account.licence.kind.chinese
        quota = account.licence.quota
        issued = account.issued
        remaining = account.remaining
        shows = account.shows.state.chinese
        batches = account.batches.map(LabelBatchSummary.init)
        hasBatches = !account.batches.isEmpty
    }
}

/// One batch in a list: number, link, size, day of issue and print runs.
struct LabelBatchSummary: Encodable {
    let number: String
    let href: String
    let count: Int
    let issuedOn: String
    let printRuns: Int
    let link: String

    init(_ batch: LabelBatch) {
        number = batch.number
        href = LabelsSection.batchPath(batch.number)
        count = batch.count
        issuedOn = batch.issuedOn.description
        printRuns = batch.printJobs.count
        link = batch.link.chinese
    }
}
