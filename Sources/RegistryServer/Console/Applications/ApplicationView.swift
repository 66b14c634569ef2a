import ClimateQuality
import Foundation
import RegistryCore
import RegistryStore

/// What the application page shows, read in one transaction.
struct ApplicationView: PageView {
    static let template = "console-application"

    let frame: ConsoleFrame
    let number: String
    let state: String
    let facts: [Fact]
    let evidence: [EvidenceRow]
    let verdicts: [VerdictRow]
    let certificates: [CertificateRow]
    let objections: [ObjectionRow]
    let hasObjections: Bool
    let history: [HistoryRow]
    /// The licence granted on this application, once granted.
    let licence: LicenceLink?
    let actions: ApplicationActionsView
    let errors: [String: String]
    let values: [String: String]

    init(_ tx: RegistryTransaction, number: String, staff: SignedInStaff, errors: FormErrors, form: ConsoleForm?, frame: ConsoleFrame) throws {
        let application = try tx.application(number)
        let subject = try tx.subject(application.subjectID)
        let holder = try tx.requireOperator(application.operatorID.value)
        let verdicts = try tx.evaluateRules(application.number)
        self.frame = frame
        self.number = application.number
        state = application.state.chinese
        var facts = [Fact("状态", application.state.chinese), Fact("类别", application.kind.chinese), Fact("认证对象", subject.name),
                     Fact("经营主体", "\(holder.name)（\(holder.uscc.value)）"),
                     Fact("乡镇", Yanqing.towns.first { $0.id == subject.townID }?.name ?? subject.townID)]
        if let renewal = application.renewal {
            facts.append(Fact("续展", "许可 \(renewal.licenceNumber) 第 \(renewal.renewsTerm) 期之后的新期限 \(renewal.from) 至 \(renewal.until)"
                                    + (renewal.season.map { "（\($0) 年度）" } ?? "")))
        }
        if let day = application.submittedOn { facts.append(Fact("提交日期", day.description)) }
        if let name = application.acceptedBy { facts.append(Fact("受理人", name)) }
        if let reason = application.returnReason { facts.append(Fact("退回理由", reason)) }
        if let name = application.reviewedBy { facts.append(Fact("审核人", name)) }
        if let findings = application.reviewFindings { facts.append(Fact("审核意见", findings)) }
        if let name = application.approvedBy { facts.append(Fact("审批人", name)) }
        if let day = application.decidedOn { facts.append(Fact("决定日期", day.description)) }
        if let day = application.publicityEndsOn { facts.append(Fact("公示截止", day.description)) }
        if let reason = application.rejectionReason { facts.append(Fact("不予通过理由", reason)) }
        self.facts = facts
        evidence = application.evidence.map { EvidenceRow($0, today: tx.today) }
        self.verdicts = verdicts.map(VerdictRow.init)
        certificates = application.kind == .product ? try tx.climateCertificates(subjectID: subject.id).map { CertificateRow($0, today: tx.today) } : []
        objections = application.objections.map(ObjectionRow.init)
        hasObjections = !objections.isEmpty
        history = try tx.auditEvents(entity: .application, id: application.number, limit: 200).map(HistoryRow.init)
        licence = application.state == .granted
            ? try tx.licences(operatorUSCC: holder.uscc.value).first { $0.terms.contains { $0.applicationNumber == application.number } }.map(LicenceLink.init)
            : nil
        actions = ApplicationActionsView(application, verdicts: verdicts, staff: staff, tx: tx)
        self.errors = errors.messages
        values = form?.values ?? [:]
    }

    /// A label and a value.
    struct Fact: Encodable {
        let label: String
        let value: String
        init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// The granted licence's number and its console page.
    struct LicenceLink: Encodable {
        let number: String
        let href: String

        init(_ licence: Licence) {
            number = licence.number
            href = "/console/licences/\(licence.number)"
        }
    }

    struct EvidenceRow: Encodable {
        let kind: String
        let reference: String
        let validUntil: String
        let value: String
        let note: String
        let expired: Bool
        /// The uploaded scan: its name and download link.
        let file: FileLink?

        struct FileLink: Encodable {
            let name: String
            let href: String
        }

        init(_ evidence: Evidence, today: Day) {
            kind = evidence.kind.chinese
            reference = evidence.reference
            validUntil = evidence.validUntil?.description ?? "长期"
            value = evidence.value ?? ""
            note = evidence.note ?? ""
            expired = !evidence.isValid(on: today)
            file = evidence.file.map { FileLink(name: $0.fileName, href: "/console/evidence/\($0.sha256)") }
        }
    }

    struct VerdictRow: Encodable {
        let title: String
        let outcome: String
        /// The CSS class: pass, fail or needsEvidence.
        let outcomeClass: String
        let reason: String

        init(_ verdict: RuleVerdict) {
            title = verdict.title
            outcome = verdict.outcome.chinese
            outcomeClass = verdict.outcome.rawValue
            reason = verdict.reason
        }
    }

    struct CertificateRow: Encodable {
        let number: String
        let href: String
        let grade: String
        let score: String
        let season: String
        let station: String
        let issued: String
        let status: String

        init(_ certificate: ClimateCertificate, today: Day) {
            number = certificate.number
            href = "/certificate/\(certificate.number)"
            grade = (certificate.override?.grade ?? certificate.computedGrade).chinese
            score = GradeThresholds.text(certificate.override?.score ?? certificate.computedScore)
                + (certificate.override.map { "（专家改判，原 \(GradeThresholds.text(certificate.computedScore))：\($0.reason)）" } ?? "")
            season = "\(certificate.season) 年 \(certificate.seasonPeriod)"
            station = certificate.station
            issued = "\(certificate.issuedOn) 签发，有效至 \(certificate.validUntil)"
            status = certificate.revocation.map { "已撤销（\($0.on)：\($0.category.chinese)；\($0.reason)）" } ?? (today <= certificate.validUntil ? "有效" : "已过期")
        }
    }

    struct ObjectionRow: Encodable {
        let id: Int
        let raisedOn: String
        let raisedBy: String
        let text: String
        let outcome: String

        init(_ objection: Objection) {
            id = objection.id
            raisedOn = objection.raisedOn.description
            raisedBy = objection.raisedBy
            text = objection.text
            outcome = objection.resolution.map { "\($0.upheld ? "异议成立" : "异议不成立")（\($0.by)，\($0.on)：\($0.reason)）" } ?? "待处理"
        }
    }

    struct HistoryRow: Encodable {
        let at: String
        let actor: String
        let role: String
        let action: String
        let change: String
        let reason: String

        init(_ event: AuditEvent) {
            at = ConsoleTime.text(event.at)
            actor = event.actor
            role = event.role.chinese
            action = event.action.chinese
            change = [event.fromName, event.toName].compactMap { $0 }.joined(separator: " → ")
            reason = event.reason ?? ""
        }
    }
}
