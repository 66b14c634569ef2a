import Hummingbird
import RegistryCore
import RegistryStore

/// `/console/operators`: the operators with a search and, for clerks, the form that registers a new one;
/// `/console/operators/{uscc}`: one operator with its subjects and licences.
enum OperatorPages {
    /// Who may look operators up (the navigation shows the section to the same roles).
    static let readers = ConsoleAccess.roles([.clerk, .reviewer, .approver])

    /// The form fields that the domain's field names belong to.
    static let formFields: [FieldName: String] = [.operatorName: "name", .address: "address", .contactPerson: "contact", .phone: "phone"]

    static func register(on routes: ConsoleRoutes) {
        routes.get("operators", access: readers) { call in
            try listPage(call, form: [:], errors: FormErrors())
        }
        routes.post("operators", access: .action(.registerOperator)) { call, form in
            var errors = FormErrors()
            let kind = OperatorKind(rawValue: form["kind"])
            if kind == nil { errors.add("请选择类别", for: "kind") }
            do {
                let record = try Operator(uscc: form["uscc"], name: form["name"], kind: kind ?? .individual, town: form["town"],
                                          address: form["address"], contactPerson: form.optional("contact"), phone: form.optional("phone"))
                if errors.isEmpty {
                    try call.change(.registerOperator) { tx, actor in try tx.addOperator(record, by: actor) }
                    return try call.redirect(to: "/console/operators/\(record.uscc)", flash: .notice("已登记经营主体 \(record.name)"))
                }
            } catch {
                try errors.place(error, fields: formFields)
            }
            return try listPage(call, form: form.values, errors: errors, status: .unprocessableContent)
        }
        routes.get("operators/{uscc}", access: readers) { call in
            let uscc = try call.parameter("uscc")
            let view = try call.read { tx -> OperatorView? in
                guard let record = try tx.operator(uscc) else { return nil }
                let applications = try tx.applications()
                return OperatorView(
                    frame: call.frame(title: record.name), operator: OperatorRow(record),
                    contact: [record.contactPerson, record.phone].compactMap { $0 }.joined(separator: " "), address: record.address,
                    subjects: try tx.subjects(operatorUSCC: record.uscc.value).map { subject in
                        SubjectRow(subject, application: applications.first { $0.subjectID == subject.id })
                    },
                    licences: try tx.licences(operatorUSCC: record.uscc.value).map { LicenceRow($0, shows: try tx.displayStatus(of: $0), on: tx.today) },
                    canRegister: call.staff.permits(.registerSubject),
                    newSubjectLinks: SubjectKind.allCases.map {
                        Link(label: "登记\($0.chinese)", href: "/console/operators/\(record.uscc)/subjects/new?kind=\($0.rawValue)", id: "new-\($0.rawValue)")
                    })
            }
            guard let view else { throw ConsoleRefusal.notFound }
            return try call.page(view)
        }
    }

    /// The list, searched by name or USCC (`q`) and town, with the registration form as typed and its errors.
    static func listPage(_ call: ConsoleCall, form: [String: String], errors: FormErrors, status: HTTPResponse.Status = .ok) throws -> Response {
        let query = call.query("q")
        let town = call.query("town").flatMap { name in Yanqing.towns.first { $0.name == name } }
        let operators = try call.read { try $0.operators(townID: town?.id) }.filter { record in
            guard let query else { return true }
            return record.name.localizedCaseInsensitiveContains(query) || record.uscc.value.contains(query.uppercased())
        }
        struct View: PageView {
            static let template = "console-operators"

            let frame: ConsoleFrame
            let query: String
            let towns: [FormOption]
            let operators: [OperatorRow]
            let canRegister: Bool
            let general: String?
            let fields: [FormField]
        }
        let view = View(
            frame: call.frame(title: "经营主体"), query: query ?? "",
            towns: FormOption.list(Yanqing.towns, current: town?.name, value: \.name, label: \.name),
            operators: operators.map(OperatorRow.init), canRegister: call.staff.permits(.registerOperator),
            general: errors.messages[FormErrors.general],
            fields: [
                .input("operator-uscc", "uscc", "统一社会信用代码（18 位，必填）", form: form, errors: errors),
                .input("operator-name", "name", "名称（必填）", form: form, errors: errors),
                .select("operator-kind", "kind", "类别（必填）", form: form, errors: errors, choices: OperatorKind.allCases,
                        value: \.rawValue, text: \.chinese),
                .select("operator-town", "town", "乡镇（必填）", form: form, errors: errors, choices: Yanqing.towns, value: \.name, text: \.name),
                .input("operator-address", "address", "地址（必填）", form: form, errors: errors),
                .input("operator-contact", "contact", "联系人", form: form, errors: errors),
                .input("operator-phone", "phone", "联系电话", form: form, errors: errors),
            ])
        return try call.page(view, status: status)
    }

    /// An operator as a row of the list.
    struct OperatorRow: Encodable {
        let uscc: String
        let name: String
        let kind: String
        let town: String
        let href: String

        init(_ record: Operator) {
            uscc = record.uscc.value
            name = record.name
            kind = record.kind.chinese
            town = record.town?.name ?? ""
            href = "/console/operators/\(record.uscc)"
        }
    }

    /// One operator's page.
    struct OperatorView: PageView {
        static let template = "console-operator"

        let frame: ConsoleFrame
        let `operator`: OperatorRow
        let contact: String
        let address: String
        let subjects: [SubjectRow]
        let licences: [LicenceRow]
        let canRegister: Bool
        let newSubjectLinks: [Link]
    }

    /// A link with its element id.
    struct Link: Encodable {
        let label: String
        let href: String
        let id: String
    }

    /// A subject with its latest application, as a row.
    struct SubjectRow: Encodable {
        let id: Int64
        let name: String
        let kind: String
        let href: String
        let applicationNumber: String?
        let applicationState: String?
        let applicationHref: String?

        init(_ subject: Subject, application: RegistryCore.Application?) {
            id = subject.id
            name = subject.name
            kind = subject.kind.chinese
            href = "/console/subjects/\(subject.id)"
            applicationNumber = application?.number
            applicationState = application?.state.chinese
            applicationHref = application.map { "/console/applications/\($0.number)" }
        }
    }
}
