import Hummingbird
import RegistryCore

/// `/console/labels…`: licences with their quota and batches, issuing a batch, print-file downloads,
/// voided and destroyed labels, withdrawals of labels and the reconciliation table. Printers issue,
/// print, void and destroy; approvers suspend, revoke and reinstate; auditors look.
enum LabelsSection {
    /// Who may open the section's pages.
    static let readers = ConsoleAccess.roles([.printer, .approver, .auditor])
    /// The withdrawals of labels.
    static let withdrawals: [RegistryAction] = [.suspendLabels, .revokeLabels, .reinstateLabels]

    static func register(on routes: ConsoleRoutes) {
        routes.get("/labels", access: readers) { call in try LabelAccountsPage.page(call) }
        routes.get("/labels/licences/{number}", access: readers) { call in
            try LicenceLabelsPage.page(call, number: try call.parameter("number"))
        }
        routes.post("/labels/licences/{number}/issue", access: .action(.issueLabels)) { call, form in
            try LicenceLabelsPage.issue(call, number: try call.parameter("number"), form: form)
        }
        routes.get("/labels/batches/{number}", access: readers) { call in
            try LabelBatchPage.page(call, number: try call.parameter("number"))
        }
        routes.post("/labels/batches/{number}/print", access: .action(.printLabels)) { call, form in
            try await PrintDownload.download(call, number: try call.parameter("number"), form: form)
        }
        routes.post("/labels/batches/{number}/void", access: .anyAction([.voidLabels, .destroyLabels])) { call, form in
            try LabelStateForm.submit(call, number: try call.parameter("number"), form: form)
        }
        routes.post("/labels/batches/{number}/withdraw", access: .anyAction(withdrawals)) { call, form in
            try LabelWithdrawalForm.submit(call, batch: try call.parameter("number"), form: form)
        }
        routes.post("/labels/licences/{number}/withdraw", access: .anyAction(withdrawals)) { call, form in
            try LabelWithdrawalForm.submit(call, licence: try call.parameter("number"), form: form)
        }
    }

    /// The console path of a licence's labels.
    static func licencePath(_ number: String) -> String { "/console/labels/licences/\(number)" }

    /// The console path of a batch.
    static func batchPath(_ number: String) -> String { "/console/labels/batches/\(number)" }
}
