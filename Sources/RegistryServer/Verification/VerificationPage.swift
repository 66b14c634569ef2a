import Foundation
import Hummingbird
import Mustache
import RegistryCore
import RegistryStore

extension PublicSite {
    /// `GET /V/{code}`, `/v/{code}`: the page behind a label's QR code, in one phone screen. A person
    /// always gets a readable page with 200, whatever the code; only a client over the unknown-code
    /// limit gets 429. Every look-up is queued for the scan log.
    func verificationPage(_ request: Request, code: String, context: PublicRequestContext) throws -> Response {
        try verificationPage(request, try labels.find(typed: code, client: context.clientAddress), context: context)
    }

    /// `GET /01/{gtin}/10/{lot}/21/{code}`: the GS1 Digital Link form of a product label's QR code.
    func digitalLinkPage(_ request: Request, context: PublicRequestContext) throws -> Response {
        try verificationPage(request, try labels.find(digitalLinkPath: request.uri.path, client: context.clientAddress), context: context)
    }

    /// `GET /verify?code=…`: the form to type a code; a code that reads goes to its page.
    func verifyForm(_ request: Request, context: PublicRequestContext) throws -> Response {
        let language = Language(request)
        // A form sends a space as "+".
        guard let typed = request.uri.queryParameters["code"].map({ $0.replacingOccurrences(of: "+", with: " ") }), !typed.isEmpty else {
            let view = VerificationView(frame: frame(title: language.text.verifyTitle, language: language, request: request), language: language)
            return .html(try pages.render(marking: view, template: "verify"))
        }
        if let code = try? LabelCode(parsing: String(typed.prefix(64))) {
            return Response(status: .seeOther, headers: [.location: language.link("/V/\(code.text)")])
        }
        return try verificationPage(request, try labels.find(typed: typed, client: context.clientAddress), context: context)
    }

    private func verificationPage(_ request: Request, _ outcome: LabelLookup.Outcome, context: PublicRequestContext) throws -> Response {
        let language = Language(request)
        let now = reads.registry.configuration.clock()
        scans.record(LabelScan(code: outcome.code, at: now, client: ClientHint.of(address: context.clientAddress, userAgent: request.headers[.userAgent]),
                               outcome: outcome.scanOutcome))
        let view = VerificationView(outcome, at: now, heuristics: configuration.copyHeuristics, issuer: configuration.issuingBody,
                                    language: language) { title in self.frame(title: title, language: language, request: request) }
        return .html(try pages.render(marking: view, template: "verify"))
    }
}

/// The verification page's content: a badge, and for a known label what it labels, who holds the
/// licence and what the scan log says; for anything else advice and a form to type the code again.
struct VerificationView {
    private(set) var frame: PageFrame
    private(set) var badge: BadgeView?
    private(set) var code: String?
    private(set) var found: Found?
    private(set) var warning: Warning?
    private(set) var advice: String?
    private(set) var retype: Retype?
    /// The report form's action; nil where there is no code to report.
    private(set) var reportAction: String?
    let isEnglish: Bool

    /// What a known label shows.
    struct Found {
        let subject: String
        let kind: String
        let operatorName: String
        let town: String
        let grade: String?
        /// The season's highlights from the certificate behind the grade, and its page.
        let highlights: [String]
        let certificateNumber: String?
        let certificateHref: String?
        /// A homestay's nearest NAI station: annual mean and grade.
        let nai: String?
        let licenceNumber: String
        let licenceHref: String
        let validUntil: String
        let issuer: String
        let scanLine: String
    }

    /// The copied-code signals in plain words, when there are any.
    struct Warning {
        let signals: [String]
    }

    /// The form to type a code again, filled with what was typed.
    struct Retype {
        let typed: String
    }

    /// The empty form of `/verify`.
    init(frame: PageFrame, language: Language) {
        self.frame = frame
        badge = nil
        code = nil
        found = nil
        warning = nil
        advice = nil
        retype = Retype(typed: "")
        reportAction = nil
        isEnglish = language == .english
    }

    /// "负氧离子站N02 2025 年均 2,015 个/cm³ · Ⅱ级 清新".
    static func naiLine(_ nai: LabelNAI, language: Language) -> String {
        let mean = nai.mean.formatted(.number.precision(.fractionLength(0)))
        return language.pick("\(nai.station) \(nai.year) 年均 \(mean) 个/cm³ · \(nai.level.level)级 \(nai.level.description)",
                             "\(nai.station), \(nai.year) mean \(mean) ions/cm³ · grade \(nai.level.level) (\(nai.level.description))")
    }

    init(_ outcome: LabelLookup.Outcome, at now: Date, heuristics: CopyHeuristics, issuer: IssuingBody, language: Language,
         frame: (String) -> PageFrame) {
        let text = language.text
        isEnglish = language == .english
        switch outcome {
        case .found(let verification):
            let entry = verification.licence
            let badge = BadgeView(verification.status, language: language)
            self.frame = frame(badge.text + " · " + entry.subjectName)
            self.badge = badge
            code = verification.label.code.grouped()
            let scans = verification.scans.counting(.init(verification.status.state), at: now)
            found = Found(subject: entry.subjectName, kind: language.name(entry.licence.kind), operatorName: entry.operatorName,
                          town: language.name(entry.town), grade: verification.grade.map { language.pick($0.chinese, $0.english) },
                          highlights: verification.certificate?.highlights ?? [], certificateNumber: verification.certificate?.number,
                          certificateHref: verification.certificate.map { language.link("/certificate/\($0.number)") },
                          nai: verification.nai.map { Self.naiLine($0, language: language) },
                          licenceNumber: entry.licence.number, licenceHref: language.link("/licence/\(entry.licence.number)"),
                          validUntil: entry.licence.validUntil.description, issuer: language.pick(issuer.chinese, issuer.english),
                          scanLine: Self.scanLine(scans, language: language))
            let signals = heuristics.signals(scans, batchLabels: verification.batch.count).map { language.pick($0.chinese, $0.english) }
            warning = signals.isEmpty ? nil : Warning(signals: signals)
            advice = nil
            retype = nil
            reportAction = language.link("/V/\(verification.label.code.text)/report")
        case .unknown(let code):
            self.frame = frame(text.unknownCode)
            badge = BadgeView(state: "unknown", text: text.unknownCode, detail: nil)
            self.code = code.grouped()
            found = nil
            warning = nil
            advice = text.unknownAdvice
            retype = Retype(typed: code.grouped())
            reportAction = language.link("/V/\(code.text)/report")
        case .unreadable(let error, let typed):
            self.frame = frame(text.checkInput)
            badge = BadgeView(state: "typo", text: text.checkInput, detail: language.pick(error.chinese, error.english))
            code = nil
            found = nil
            warning = nil
            advice = nil
            retype = Retype(typed: typed)
            reportAction = nil
        }
    }

    /// "首次查询于 2026-09-01 · 共查询 3 次", counting this scan.
    static func scanLine(_ scans: ScanSummary, language: Language) -> String {
        let first = scans.firstScan.map { Day($0).description } ?? ""
        return language.pick("首次查询于 \(first) · 共查询 \(scans.scans) 次",
                             "First looked up on \(first) · looked up \(scans.scans) time\(scans.scans == 1 ? "" : "s")")
    }
}

/// Templates read the verification page by name through a switch rather than by reflection.
extension VerificationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": frame
        case "badge": badge
        case "code": code
        case "found": found
        case "warning": warning
        case "advice": advice
        case "retype": retype
        case "reportAction": reportAction
        case "isEnglish": isEnglish
        default: nil
        }
    }
}

/// Templates read a found label by name through a switch rather than by reflection.
extension VerificationView.Found: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "subject": subject
        case "kind": kind
        case "operatorName": operatorName
        case "town": town
        case "grade": grade
        case "highlights": highlights
        case "certificateNumber": certificateNumber
        case "certificateHref": certificateHref
        case "nai": nai
        case "licenceNumber": licenceNumber
        case "licenceHref": licenceHref
        case "validUntil": validUntil
        case "issuer": issuer
        case "scanLine": scanLine
        default: nil
        }
    }
}

/// Templates read the copy warning by name through a switch rather than by reflection.
extension VerificationView.Warning: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "signals": signals
        default: nil
        }
    }
}

/// Templates read the retype form by name through a switch rather than by reflection.
extension VerificationView.Retype: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "typed": typed
        default: nil
        }
    }
}

/// The verification page is filled into a skeleton of its template: every text is marked, and which
/// parts the page shows are its shape.
extension VerificationView: PageMarkable {
    func marked(_ slots: inout PageSlots) -> VerificationView {
        var view = self
        view.frame = frame.marked(&slots)
        slots.note(badge != nil)
        view.badge = badge?.marked(&slots)
        view.code = slots.mark(code)
        slots.note(found != nil)
        view.found = found?.marked(&slots)
        slots.note(warning != nil)
        view.warning = warning.map { Warning(signals: slots.mark($0.signals)) }
        view.advice = slots.mark(advice)
        slots.note(retype != nil)
        view.retype = retype.map { Retype(typed: slots.mark($0.typed)) }
        view.reportAction = slots.mark(reportAction)
        slots.note(isEnglish)
        return view
    }
}

/// A found label's texts come out of a marked page.
extension VerificationView.Found: PageMarkable {
    func marked(_ slots: inout PageSlots) -> VerificationView.Found {
        VerificationView.Found(subject: slots.mark(subject), kind: slots.mark(kind), operatorName: slots.mark(operatorName),
                               town: slots.mark(town), grade: slots.mark(grade), highlights: slots.mark(highlights),
                               certificateNumber: slots.mark(certificateNumber), certificateHref: slots.mark(certificateHref),
                               nai: slots.mark(nai), licenceNumber: slots.mark(licenceNumber), licenceHref: slots.mark(licenceHref),
                               validUntil: slots.mark(validUntil), issuer: slots.mark(issuer), scanLine: slots.mark(scanLine))
    }
}
