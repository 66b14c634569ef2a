import Hummingbird
import RegistryCore
import RegistryStore

/// `POST /console/licences/{number}/renewal`: the clerk applies to renew (续展) a licence for its next
/// term, with rows of evidence as for an admission. The application then goes through the admission
/// workflow. Refused outside the renewal window (a new admission is needed) and once a term is renewed;
/// nothing is kept, neither the application nor any file, when a field is wrong.
enum RenewalIntake {
    static func register(on routes: ConsoleRoutes, limits: UploadLimits) {
        routes.upload("licences/{number}/renewal", access: .action(.applyForRenewal), limits: limits,
                      files: routes.site.registry.evidence) { call, upload in
            let number = try call.parameter("number")
            let form = upload.text
            let rows = ApplicationIntake.rowCount(form.optional("rows"))
            var errors = FormErrors()
            let (evidence, keeping) = try ApplicationIntake.evidence(of: upload, rows: rows, errors: &errors)
            if errors.isEmpty {
                do {
                    let actor = try call.actor(for: .applyForRenewal)
                    let application = try call.site.registry.write(keeping: keeping) { tx in
                        try tx.applyForRenewal(licence: number, evidence: evidence, by: actor)
                    }
                    return try call.redirect(to: "/console/applications/\(application.number)",
                                             flash: .notice("已提交续展申请 \(application.number)（\(evidence.count) 份证明材料）"))
                } catch {
                    try errors.place(error)
                }
            }
            ApplicationIntake.askAgainForFiles(upload, rows: rows, errors: &errors)
            return try LicenceDetailPage.page(call, number: number, refused: .init(key: "renewal", form: form.values, errors: errors),
                                              status: .unprocessableContent)
        }
    }
}
