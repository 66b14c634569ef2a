import Hummingbird
import RegistryCore
import RegistryStore

/// `/console/licences/{number}`: a licence, what its labels show, its terms, its history, and the forms
/// of the actions the signed-in person's roles permit (suspend, reinstate, revoke, surrender, and inside
/// the renewal window the clerk's 申请续展).
enum LicenceDetailPage {
    static func register(on routes: ConsoleRoutes) {
        routes.get("licences/{number}", access: LicenceListPage.readers) { call in
            try page(call, number: try call.parameter("number"))
        }
    }

    /// One action's form: shown when a role held permits it; holds what was typed and the messages when it
    /// was the one refused.
    struct ActionForm: Encodable {
        let key: String
        let title: String
        let action: String
        let reason: String
        let deadline: String
        let categories: [FormOption]
        let errors: FormErrors
    }

    /// The action posted, as typed, and why it was refused.
    struct Refused {
        let key: String
        let form: [String: String]
        let errors: FormErrors
    }

    /// The clerk's renewal application form: the new term and rows of evidence, as typed when refused.
    struct RenewalForm: Encodable {
        let newTerm: String
        let action: String
        let rows: Int
        let evidenceRows: [ApplicationIntake.EvidenceRow]
        let general: String?
    }

    /// One term of the licence.
    struct TermRow: Encodable {
        let number: Int
        let from: String
        let until: String
        let season: String
        let grantedOn: String
        let applicationNumber: String
        let applicationHref: String
    }

    /// The page, with a refused action's form filled in again.
    static func page(_ call: ConsoleCall, number: String, refused: Refused? = nil,
                     status: HTTPResponse.Status = .ok) throws -> Response {
        let (licence, shows, holder, today, history, policy, basis) = try call.read { tx in
            let licence = try tx.licence(number)
            return (licence, try tx.displayStatus(of: licence), try tx.requireOperator(licence.operatorID.value), tx.today,
                    try tx.auditEvents(entity: .licence, id: licence.number), tx.configuration.policy, try ClimateBasis.read(licence, in: tx))
        }
        // A form is offered when the status allows its action, and kept to show why it was refused.
        func form(_ key: String, _ action: RegistryAction) -> ActionForm? {
            let mine = refused?.key == key ? refused : nil
            guard call.staff.permits(action), licence.allows(action, on: today) || mine != nil else { return nil }
            return ActionForm(
                key: key, title: action.chinese, action: "/console/licences/\(licence.number)/\(key)",
                reason: mine?.form["reason"] ?? "", deadline: mine?.form["deadline"] ?? "",
                categories: FormOption.list(RevocationReason.allCases, current: mine?.form["category"], value: \.rawValue, label: \.chinese),
                errors: mine?.errors ?? FormErrors())
        }
        struct Fact: Encodable {
            let label: String
            let value: String
        }
        struct Event: Encodable {
            let at: String
            let actor: String
            let action: String
            let change: String
            let reason: String
        }
        struct View: PageView {
            static let template = "console-licence"

            let frame: ConsoleFrame
            let licence: LicenceRow
            let facts: [Fact]
            let holderName: String
            let holderHref: String
            let subjectHref: String
            let applicationHref: String
            let history: [Event]
            let suspend: ActionForm?
            let reinstate: ActionForm?
            let revoke: ActionForm?
            let surrender: ActionForm?
            let terms: [TermRow]
            let renewal: RenewalForm?
            let renewalClosed: String?
            /// Why the labels show 已暂停 (待复核) and the approver's two ways to reinstate the licence.
            let review: Review?
        }
        var facts = [
            Fact(label: "颁发日期", value: licence.grantedOn.description), Fact(label: "有效期至", value: licence.validUntil.description),
            Fact(label: "标签额度", value: String(licence.quota)),
        ]
        if let due = licence.nextCheckDue { facts.append(Fact(label: "下次年度核查", value: due.description)) }
        if let suspension = licence.suspension {
            facts.append(Fact(label: "暂停", value: "\(suspension.since) 起：\(suspension.reason)；整改期限 \(suspension.correctionDeadline)"))
        }
        if let revocation = licence.revocation {
            facts.append(Fact(label: "撤销", value: "\(revocation.on)：\(revocation.category.chinese)；\(revocation.reason)"))
        }
        if let day = licence.surrenderedOn { facts.append(Fact(label: "注销日期", value: day.description)) }
        facts.append(Fact(label: "标签有效期", value: policy.labelValidity(for: licence.kind).chinese))
        var renewal: RenewalForm?
        var renewalClosed: String?
        if let actor = call.staff.account.actor(for: .applyForRenewal) {
            do {
                let request = try licence.renewalRequest(by: actor, on: today, policy: policy)
                let mine = refused?.key == "renewal" ? refused : nil
                let rows = ApplicationIntake.rowCount(mine?.form["rows"])
                renewal = RenewalForm(
                    newTerm: "第 \(request.renewsTerm + 1) 期 \(request.from) 至 \(request.until)\(request.season.map { "（\($0) 年度）" } ?? "")",
                    action: "/console/licences/\(licence.number)/renewal?_csrf=\(call.staff.csrfToken)", rows: rows,
                    evidenceRows: (1...rows).map { ApplicationIntake.EvidenceRow($0, form: mine?.form ?? [:], errors: mine?.errors ?? FormErrors()) },
                    general: mine?.errors.messages[FormErrors.general])
            } catch let refusal as RegistryError {
                renewalClosed = refusal.chinese
            }
        }
        if let line = basis.line { facts.append(Fact(label: "气候品质依据", value: line)) }
        let view = View(
            frame: call.frame(title: "许可 \(licence.number)"), licence: LicenceRow(licence, shows: shows, on: today), facts: facts,
            holderName: holder.name, holderHref: "/console/operators/\(holder.uscc)", subjectHref: "/console/subjects/\(licence.subjectID)",
            applicationHref: "/console/applications/\(licence.applicationNumber)",
            history: history.map { event in
                Event(at: ConsoleTime.text(event.at), actor: "\(event.actor)（\(event.role.chinese)）",
                      action: event.action.chinese, change: [event.fromName, event.toName].compactMap { $0 }.joined(separator: " → "),
                      reason: event.reason ?? "")
            },
            suspend: form("suspend", .suspendLicence), reinstate: form("reinstate", .reinstateLicence), revoke: form("revoke", .revokeLicence),
            surrender: form("surrender", .surrenderLicence),
            terms: licence.terms.map { term in
                TermRow(number: term.number, from: term.from.description, until: term.until.description, season: term.season.map(String.init) ?? "—",
                        grantedOn: term.grantedOn.description, applicationNumber: term.applicationNumber,
                        applicationHref: "/console/applications/\(term.applicationNumber)")
            },
            renewal: renewal, renewalClosed: renewalClosed,
            review: basis.awaitsReview && call.staff.permits(.reviewLicenceBasis) ? Review(licence, basis: basis, refused: refused) : nil)
        return try call.page(view, status: status)
    }

    /// The review of a licence whose certificate was revoked: why, and the forms that reinstate it on
    /// another certificate of the product or on another certification (revoking it is the revoke form).
    struct Review: Encodable {
        let notice: String
        let certificateAction: String
        let certificates: [FormOption]
        let certificationAction: String
        let kinds: [FormOption]
        let reference: String
        let until: String
        let certificateReason: String
        let certificationReason: String
        let certificateErrors: FormErrors
        let certificationErrors: FormErrors

        init(_ licence: Licence, basis: ClimateBasis, refused: Refused?) {
            let byCertificate = refused?.key == "review-certificate" ? refused : nil
            let byCertification = refused?.key == "review-certification" ? refused : nil
            notice = (basis.reason ?? "") + "。本许可的标签现显示「已暂停」。请改依据另一有效证书或其他认证恢复，或撤销许可。"
            certificateAction = "/console/licences/\(licence.number)/review/certificate"
            certificates = FormOption.list(basis.candidates, current: byCertificate?.form["certificate"], value: \.number,
                                           label: { "\($0.number)（\($0.season) 年度，\($0.grade.chinese)，有效至 \($0.validUntil)）" })
            certificationAction = "/console/licences/\(licence.number)/review/certification"
            kinds = FormOption.list(basis.alternatives, current: byCertification?.form["kind"], value: \.rawValue, label: \.chinese)
            reference = byCertification?.form["reference"] ?? ""
            until = byCertification?.form["until"] ?? ""
            certificateReason = byCertificate?.form["reason"] ?? ""
            certificationReason = byCertification?.form["reason"] ?? ""
            certificateErrors = byCertificate?.errors ?? FormErrors()
            certificationErrors = byCertification?.errors ?? FormErrors()
        }
    }
}
