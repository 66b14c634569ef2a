import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

extension PublicSite {
    /// `GET /V/{code}`, `/v/{code}`: the page behind a label's QR code, in one phone screen. A person
    /// always gets a readable page with 200, whatever the code; only a client over the unknown-code
    /// limit gets 429. Every look-up is queued for the scan log.
    func verificationPage(_ request: Request, code: String, context: PublicRequestContext) throws -> Response {
        try verificationPage(request, try labels.find(typed: code, client: context.clientKey), context: context)
    }

    /// `GET /01/{gtin}/10/{lot}/21/{code}`, `/01/{gtin}/21/{code}`: the GS1 Digital Link form of a
    /// product label's QR code. A GTIN or lot that is not the batch's is warned of on the page.
    func digitalLinkPage(_ request: Request, context: PublicRequestContext) throws -> Response {
        let found = try labels.find(digitalLinkPath: request.uri.path, client: context.clientKey)
        return try verificationPage(request, found.outcome, mismatch: found.mismatch, context: context)
    }

    /// `GET /verify?code=…`: the form to type a code; a code that reads goes to its page.
    func verifyForm(_ request: Request, context: PublicRequestContext) throws -> Response {
        let language = Language(request)
        // A form sends a space as "+".
        guard let typed = request.uri.queryParameters["code"].map({ $0.replacingOccurrences(of: "+", with: " ") }), !typed.isEmpty else {
            let view = VerificationView(frame: frame(title: language.text.verifyTitle, language: language, request: request), language: language)
            return try pages.response(view)
        }
        if let code = try? LabelCode(parsing: String(typed.prefix(64))) {
            return Response(status: .seeOther, headers: [.location: language.link("/V/\(code.text)")])
        }
        return try verificationPage(request, try labels.find(typed: typed, client: context.clientKey), context: context)
    }

    private func verificationPage(_ request: Request, _ outcome: LabelLookup.Outcome, mismatch: DigitalLinkMismatch? = nil,
                                  context: PublicRequestContext) throws -> Response {
        let now = reads.registry.configuration.clock()
        guard case .found(let verification) = outcome else {
            record(outcome, at: now, request: request, context: context)
            return try pages.response(verificationView(outcome, at: now, language: Language(request), request: request))
        }
        return .html(try foundLabelPage(verification, mismatch: mismatch, at: now, request: request, context: context))
    }

    /// The page of a label that `LabelLookup.found(typed:)` found, its scan queued: what the event loop
    /// answers itself (`LabelPageFastPath`); nil for a text that is no label's code, which takes the
    /// usual way through the router.
    func foundLabelPage(_ request: Request, code typed: String, context: PublicRequestContext) throws -> ByteBuffer? {
        guard let verification = try labels.found(typed: typed) else { return nil }
        return try foundLabelPage(verification, mismatch: nil, at: reads.registry.configuration.clock(), request: request, context: context)
    }

    /// A found label's page (with the warning of a Digital Link `mismatch`), rendered before its scan is
    /// queued, so that a page that fails is never counted.
    private func foundLabelPage(_ verification: LabelVerification, mismatch: DigitalLinkMismatch?, at now: Date, request: Request,
                                context: PublicRequestContext) throws -> ByteBuffer {
        let page = try labelPage(verification, mismatch: mismatch, at: now, language: Language(request), request: request)
        record(.found(verification), at: now, request: request, context: context)
        return page
    }

    /// Queues the scan of a look-up for the scan log.
    private func record(_ outcome: LabelLookup.Outcome, at now: Date, request: Request, context: PublicRequestContext) {
        scans.record(LabelScan(code: outcome.code, at: now, client: ClientHint.of(address: context.clientAddress, userAgent: request.headers[.userAgent]),
                               outcome: outcome.scanOutcome))
    }

    /// A found label's page; `mismatch` when it was reached by a GS1 Digital Link whose GTIN or lot is
    /// not its batch's.
    func labelPage(_ verification: LabelVerification, mismatch: DigitalLinkMismatch? = nil, at now: Date, language: Language,
                   request: Request) throws -> ByteBuffer {
        let texts = LabelPageTexts(verification, mismatch: mismatch, at: now, heuristics: configuration.copyHeuristics, language: language, request: request)
        return try pages.render(LabelPage(verification: verification, own: texts, issuer: configuration.issuingBody, language: language, request: request))
    }

    /// The view of a look-up's page, rendered from the template as it is.
    func verificationView(_ outcome: LabelLookup.Outcome, mismatch: DigitalLinkMismatch? = nil, at now: Date, language: Language,
                          request: Request) -> VerificationView {
        let frame = { title in self.frame(title: title, language: language, request: request) }
        switch outcome {
        case .found(let verification):
            let texts = LabelPageTexts(verification, mismatch: mismatch, at: now, heuristics: configuration.copyHeuristics, language: language, request: request)
            return LabelPage(verification: verification, own: texts, issuer: configuration.issuingBody, language: language, request: request).view(with: texts)
        case .unknown(let code):
            return VerificationView(unknown: code, language: language, frame: frame)
        case .unreadable(let error, let typed):
            return VerificationView(unreadable: error, typed: typed, language: language, frame: frame)
        }
    }
}

/// The verification page's content: a badge, and for a known label what it labels, who holds the
/// licence and what the scan log says; for anything else advice and a form to type the code again.
struct VerificationView: PageView {
    static let template = "verify"

    let frame: PageFrame
    let badge: BadgeView?
    let code: String?
    let found: Found?
    let warning: Warning?
    /// Why the GS1 Digital Link that reached the page does not match the label's batch.
    let mismatch: String?
    let advice: String?
    let retype: Retype?
    /// The report form's action; nil where there is no code to report.
    let reportAction: String?
    let isEnglish: Bool

    /// What a known label shows.
    struct Found: Encodable {
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
        /// A dish's declared ingredients; nil for anything else.
        let dish: Dish?
    }

    /// A dish's declared ingredients, in the order declared.
    struct Dish: Encodable {
        let ingredients: [Ingredient]
    }

    /// One ingredient of a dish: its share of the declared weight and, when it comes from a licensed
    /// product, that licence with its status today.
    struct Ingredient: Encodable {
        let name: String
        let share: String
        // Named apart from the label's own licence and badge, which a template would find instead of an absent one.
        let sourceNumber: String?
        let sourceHref: String?
        let sourceBadge: BadgeView?
    }

    /// The copied-code signals in plain words, when there are any.
    struct Warning: Encodable {
        let signals: [String]
    }

    /// The form to type a code again, filled with what was typed.
    struct Retype: Encodable {
        let typed: String
    }

    /// The empty form of `/verify`.
    init(frame: PageFrame, language: Language) {
        self.frame = frame
        badge = nil
        code = nil
        found = nil
        warning = nil
        mismatch = nil
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

    /// The page of a found label, with the texts that differ from scan to scan given.
    init(found verification: LabelVerification, texts: LabelPageTexts, issuer: IssuingBody, language: Language, frame: (String) -> PageFrame) {
        let badge = BadgeView(verification.status, language: language)
        let heading = texts.mismatch == nil ? badge.text : language.text.mismatchTitle
        self.frame = frame(heading + " · " + verification.licence.subjectName)
        self.badge = badge
        code = texts.code
        found = Found.of(verification, scanLine: texts.scanLine, issuer: issuer, language: language)
        warning = texts.signals.isEmpty ? nil : Warning(signals: texts.signals)
        mismatch = texts.mismatch
        advice = nil
        retype = nil
        reportAction = texts.reportAction
        isEnglish = language == .english
    }

    /// The page of a code that passed its check but that no label has: nothing to report a copy of.
    init(unknown code: LabelCode, language: Language, frame: (String) -> PageFrame) {
        let text = language.text
        self.frame = frame(text.unknownCode)
        badge = BadgeView(state: "unknown", text: text.unknownCode, detail: nil)
        self.code = code.grouped()
        found = nil
        warning = nil
        mismatch = nil
        advice = text.unknownAdvice
        retype = Retype(typed: code.grouped())
        reportAction = nil
        isEnglish = language == .english
    }

    /// The page of a text that is no code, with the reason and a form to type it again.
    init(unreadable error: CodeError, typed: String, language: Language, frame: (String) -> PageFrame) {
        let text = language.text
        self.frame = frame(text.checkInput)
        badge = BadgeView(state: "typo", text: text.checkInput, detail: language.pick(error.chinese, error.english))
        code = nil
        found = nil
        warning = nil
        mismatch = nil
        advice = nil
        retype = Retype(typed: typed)
        reportAction = nil
        isEnglish = language == .english
    }
}

extension VerificationView.Found {
    /// What a found label's page shows of it, its licence and its climate.
    static func of(_ verification: LabelVerification, scanLine: String, issuer: IssuingBody, language: Language) -> VerificationView.Found {
        let entry = verification.licence
        let certificate = verification.certificate
        return VerificationView.Found(
            subject: entry.subjectName, kind: language.name(entry.licence.kind), operatorName: entry.operatorName,
            town: language.name(entry.town), grade: verification.grade.map { language.pick($0.chinese, $0.english) },
            highlights: certificate?.highlights ?? [], certificateNumber: certificate?.number,
            certificateHref: certificate.map { language.link("/certificate/\($0.number)") },
            nai: verification.nai.map { VerificationView.naiLine($0, language: language) },
            licenceNumber: entry.licence.number, licenceHref: language.link("/licence/\(entry.licence.number)"),
            validUntil: entry.licence.validUntil.description, issuer: language.pick(issuer.chinese, issuer.english), scanLine: scanLine,
            dish: verification.ingredients.isEmpty ? nil : VerificationView.Dish(ingredients: verification.ingredients.map { ingredient in
                VerificationView.Ingredient(
                    name: ingredient.name, share: (ingredient.share * 100).formatted(.number.precision(.fractionLength(0))) + "%",
                    sourceNumber: ingredient.source?.licence.number, sourceHref: ingredient.source.map { language.link("/licence/\($0.licence.number)") },
                    sourceBadge: ingredient.source.map { BadgeView($0.status, language: language) })
            }))
    }
}
