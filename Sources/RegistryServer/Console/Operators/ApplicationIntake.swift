import Hummingbird
import RegistryCore
import RegistryStore

/// A subject's page with the application form: rows of evidence (kind, reference, value, valid until and a
/// scanned file), submitted at once. Nothing is kept, neither the application nor any file, when a field is
/// wrong; the form comes back as typed with the messages beside the fields.
enum ApplicationIntake {
    /// Evidence rows shown unless `?rows=` asks for more (up to `maxRows`).
    static let defaultRows = 3
    static let maxRows = 12

    static func register(on routes: ConsoleRoutes, limits: UploadLimits) {
        routes.upload("subjects/{id}/applications", access: .action(.submitApplication), limits: limits, files: routes.site.registry.evidence) { call, upload in
            let subjectID = try SubjectPages.subjectID(call)
            let form = upload.text
            let rows = rowCount(form.optional("rows"))
            var errors = FormErrors()
            let (evidence, keeping) = try Self.evidence(of: upload, rows: rows, errors: &errors)
            if errors.isEmpty {
                do {
                    let actor = try call.actor(for: .submitApplication)
                    let application = try call.site.registry.write(keeping: keeping) { tx in
                        try tx.apply(subjectID: subjectID, evidence: evidence, by: actor)
                    }
                    return try call.redirect(to: "/console/applications/\(application.number)",
                                             flash: .notice("已提交申请 \(application.number)（\(evidence.count) 份证明材料）"))
                } catch {
                    try errors.place(error)
                }
            }
            askAgainForFiles(upload, rows: rows, errors: &errors)
            return try subjectPage(call, subjectID: subjectID, form: form.values, rows: rows, errors: errors, status: .unprocessableContent)
        }
    }

    /// The evidence of an upload form's rows (rows left empty are skipped), each field checked, with the
    /// staged files to keep beside it once the application is saved; wrong fields get their messages.
    static func evidence(of upload: MultipartForm<Result<StagedEvidence, EvidenceFileError>>, rows: Int,
                         errors: inout FormErrors) throws -> (evidence: [Evidence], keeping: [StagedEvidence]) {
        let form = upload.text
        var evidence: [Evidence] = []
        var keeping: [StagedEvidence] = []
        for row in 1...rows {
            let names = RowFields(row)
            let file = upload.files[names.file]
            guard file != nil || [names.kind, names.reference, names.value, names.until].contains(where: { form.optional($0) != nil }) else { continue }
            var record: EvidenceFile?
            switch file?.content {
            case .success(let staged)?:
                do {
                    record = try staged.record(fileName: file?.fileName ?? "")
                    keeping.append(staged)
                } catch {
                    try errors.place(error, fields: [.evidenceFile: names.file])
                }
            case .failure(let refusal)?:
                errors.add(refusal.chinese, for: names.file)
            case nil:
                break
            }
            let kind = EvidenceKind(rawValue: form[names.kind])
            if kind == nil { errors.add("请选择证明文件类别", for: names.kind) }
            var until: Day?
            if let text = form.optional(names.until) {
                until = Day(text.trimmingCharacters(in: .whitespaces))
                if until == nil { errors.add("日期应写作 YYYY-MM-DD，例如 2027-06-30", for: names.until) }
            }
            do {
                evidence.append(try Evidence(kind: kind ?? .businessLicence, reference: form[names.reference], validUntil: until,
                                             value: form.optional(names.value), file: record))
            } catch {
                try errors.place(error, fields: [.evidenceReference: names.reference, .evidenceValue: names.value])
            }
        }
        return (evidence, keeping)
    }

    /// Asks for each chosen file again when the form comes back: files are not kept from a refused form.
    static func askAgainForFiles(_ upload: MultipartForm<Result<StagedEvidence, EvidenceFileError>>, rows: Int, errors: inout FormErrors) {
        for row in 1...rows where upload.files[RowFields(row).file] != nil {
            errors.add("请重新选择此文件（表单有误时文件不会保存）", for: RowFields(row).file)
        }
    }

    /// The number of evidence rows to show: `?rows=` or the form's hidden `rows`, within bounds.
    static func rowCount(_ text: String?) -> Int {
        min(maxRows, max(1, text.flatMap { Int($0) } ?? defaultRows))
    }

    /// The names of one evidence row's fields: `evidence_kind_1`, `evidence_ref_1`, `evidence_value_1`,
    /// `evidence_until_1`, `evidence_file_1`.
    struct RowFields {
        let kind: String
        let reference: String
        let value: String
        let until: String
        let file: String

        init(_ row: Int) {
            kind = "evidence_kind_\(row)"
            reference = "evidence_ref_\(row)"
            value = "evidence_value_\(row)"
            until = "evidence_until_\(row)"
            file = "evidence_file_\(row)"
        }
    }

    /// One evidence row of the form, as typed, with its messages (ids `evidence-kind-1`, `evidence-ref-1`, …).
    struct EvidenceRow: Encodable {
        let index: Int
        let fields: [FormField]

        init(_ index: Int, form: [String: String], errors: FormErrors) {
            let names = RowFields(index)
            self.index = index
            fields = [
                .select("evidence-kind-\(index)", names.kind, "类别", form: form, errors: errors, choices: EvidenceKind.allCases,
                        value: \.rawValue, text: \.chinese),
                .input("evidence-ref-\(index)", names.reference, "文件编号", form: form, errors: errors),
                .input("evidence-value-\(index)", names.value, "内容（等级、结果或数值）", form: form, errors: errors, hint: "例如 合格、优、1350"),
                .input("evidence-until-\(index)", names.until, "有效期至", form: form, errors: errors, type: "date"),
                .input("evidence-file-\(index)", names.file, "扫描件（PDF、JPEG 或 PNG）", form: form, errors: errors, type: "file"),
            ]
        }
    }

    /// `/console/subjects/{id}`: the subject, its applications and, for clerks while none is open, the form.
    static func subjectPage(_ call: ConsoleCall, subjectID: Int64, form: [String: String], rows: Int? = nil, errors: FormErrors,
                            status: HTTPResponse.Status = .ok) throws -> Response {
        let (subject, owner, applications) = try call.read { tx in
            let subject = try tx.subject(subjectID)
            return (subject, try tx.requireOperator(subject.operatorID.value), try tx.applications().filter { $0.subjectID == subjectID })
        }
        let open = applications.first { ![.rejected, .granted].contains($0.state) }
        let rows = rows ?? rowCount(call.query("rows"))
        struct ApplicationRow: Encodable {
            let number: String
            let state: String
            let submittedOn: String
            let evidence: Int
            let href: String
        }
        struct View: PageView {
            static let template = "console-subject"

            let frame: ConsoleFrame
            let subject: SubjectFacts
            /// The correction form, for those who may correct the subject.
            let editHref: String?
            let ownerName: String
            let ownerHref: String
            let applications: [ApplicationRow]
            let canApply: Bool
            let openApplication: ApplicationRow?
            let action: String
            let rows: Int
            let moreRowsHref: String?
            let evidenceRows: [EvidenceRow]
            let general: String?
        }
        let rowsOf = applications.map {
            ApplicationRow(number: $0.number, state: $0.state.chinese, submittedOn: $0.submittedOn?.description ?? "—", evidence: $0.evidence.count,
                           href: "/console/applications/\($0.number)")
        }
        let view = View(
            frame: call.frame(title: subject.name), subject: SubjectFacts(subject),
            editHref: call.staff.permits(.editSubject) ? "/console/subjects/\(subjectID)/edit" : nil, ownerName: owner.name,
            ownerHref: "/console/operators/\(owner.uscc)", applications: rowsOf,
            canApply: call.staff.permits(.submitApplication) && open == nil, openApplication: open.flatMap { o in rowsOf.first { $0.number == o.number } },
            action: "/console/subjects/\(subjectID)/applications?_csrf=\(call.staff.csrfToken)", rows: rows,
            moreRowsHref: rows < maxRows ? "/console/subjects/\(subjectID)?rows=\(min(maxRows, rows + 3))#application-form" : nil,
            evidenceRows: (1...rows).map { EvidenceRow($0, form: form, errors: errors) }, general: errors.messages[FormErrors.general])
        return try call.page(view, status: status)
    }
}
