import Hummingbird
import RegistryCore
import RegistryStore

/// `GET /console/applications/{number}`: one application with its evidence, every admission rule's
/// verdict, the subject's climate-quality certificates, objections, history and the workflow actions
/// the signed-in person may take now.
enum ApplicationPage {
    /// The roles that work on applications.
    static let access = ConsoleAccess.roles([.clerk, .reviewer, .approver, .auditor])

    static func register(on routes: ConsoleRoutes) {
        routes.get("/applications/{number}", access: access) { call in
            try render(call, number: try call.parameter("number"))
        }
        ApplicationActions.register(on: routes)
    }

    /// The page, with field errors and the typed values when a form was refused.
    static func render(_ call: ConsoleCall, number: String, errors: FormErrors = FormErrors(), form: ConsoleForm? = nil,
                       status: HTTPResponse.Status = .ok) throws -> Response {
        let view = try call.read { tx in
            try ApplicationView(tx, number: number, staff: call.staff, errors: errors, form: form, frame: call.frame(title: "申请 \(number)"))
        }
        return try call.page(view, status: status)
    }

    /// The page's path.
    static func path(_ number: String) -> String { "/console/applications/\(number)" }
}
