import Foundation
import Hummingbird
import NIOCore
import NIOPosix
import RegistryCore
import RegistryStore

extension PublicSite {
    /// `POST /V/{code}/report`: stores a report of a suspected copy for the bureau and thanks the
    /// person. The form changes nothing but the report table: it needs no session, and so no CSRF
    /// token. Against abuse: a body of at most `RequestLimits.maxReportBytes`, a hidden field that only
    /// robots fill (their reports are thanked and dropped), and a per-client limit on reports. Only a
    /// report that is stored or dropped as a robot's spends the allowance: one refused for its text
    /// (400), its body (400 cut short, 413 too large) or its code (404 for a code no label
    /// has, which costs an unknown-lookup token as a look-up would) spends none.
    func report(_ request: Request, code typed: String, context: PublicRequestContext) async throws -> Response {
        let language = Language(request)
        let code: LabelCode
        do { code = try LabelCode(parsing: typed.removingPercentEncoding ?? typed) } catch {
            throw PublicError.badRequest(chinese: error.chinese, english: error.english)
        }
        let limit = configuration.limits.maxReportBytes
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: limit) } catch is NIOTooManyBytesError {
            throw PublicError.payloadTooLarge(limit: limit)
        } catch {
            throw PublicError.badRequest(chinese: "举报内容没有完整送达，请返回页面重新提交", english: "The report did not arrive whole; go back and send it again")
        }
        let form = ConsoleForm(urlEncoded: body)
        let text: String
        do { text = try RegistryTransaction.labelReportText(form["text"]) } catch { throw PublicError(error) }
        guard case .found = try labels.find(code, client: context.clientKey) else {
            throw PublicError.notFound(what: FieldName("标签码「\(code.grouped())」", "label code \(code.grouped())"))
        }
        if case .refused(let seconds) = reports.spend(context.clientKey) { throw PublicError.tooManyReports(retryAfterSeconds: seconds) }
        if form["website"].isEmpty {
            let client = ClientHint.of(address: context.clientAddress, userAgent: request.headers[.userAgent])
            let registry = reads.registry
            do {
                try await NIOThreadPool.singleton.runIfActive {
                    try registry.write { try $0.recordLabelReport(code: code, text: text, client: client) }
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
