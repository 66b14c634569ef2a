import Foundation
import Hummingbird
import NIOPosix
import RegistryCore
import RegistryStore

extension PublicSite {
    /// `POST /V/{code}/report`: stores a report of a suspected copy for the bureau and thanks the
    /// person. The form changes nothing but the report table: it needs no session, and so no CSRF
    /// token. Against abuse: a body of at most `RequestLimits.maxReportBytes`, a hidden field that only
    /// robots fill (their reports are thanked and dropped), and a per-client limit on reports.
    func report(_ request: Request, code typed: String, context: PublicRequestContext) async throws -> Response {
        let language = Language(request)
        let code: LabelCode
        do { code = try LabelCode(parsing: typed.removingPercentEncoding ?? typed) } catch {
            throw PublicError.badRequest(chinese: error.chinese, english: error.english)
        }
        let limit = configuration.limits.maxReportBytes
        guard let body = try? await request.body.collect(upTo: limit) else { throw PublicError.payloadTooLarge(limit: limit) }
        let form: ReportFields
        do { form = try URLEncodedFormDecoder().decode(ReportFields.self, from: String(buffer: body)) } catch {
            throw PublicError.badRequest(chinese: "举报表单无法读取，请返回页面重新填写", english: "The report form could not be read; go back and fill it in again")
        }
        guard reports.allows(context.clientAddress) else {
            throw PublicError.tooManyReports(retryAfterSeconds: reports.secondsUntilAllowed(context.clientAddress))
        }
        reports.spend(context.clientAddress)
        if (form.website ?? "").isEmpty {
            let client = ClientHint.of(address: context.clientAddress, userAgent: request.headers[.userAgent])
            let registry = reads.registry
            do {
                try await NIOThreadPool.singleton.runIfActive {
                    try registry.write { try $0.recordLabelReport(code: code, text: form.text ?? "", client: client) }
                }
            } catch let error as FieldError {
                throw PublicError(error)
            }
        }
        let page = pages.noticePage(heading: language.text.reportThanks, message: language.text.reportThanksMessage, fallback: "ok",
                                    request: request, issuer: configuration.issuingBody)
        return .html(page)
    }
}

/// The fields of the report form; `website` is the hidden trap.
struct ReportFields: Decodable {
    let text: String?
    let website: String?
}
