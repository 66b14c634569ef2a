import Hummingbird

extension PageRenderer {
    /// The page for a refusal, in the request's language.
    func errorPage(_ refusal: PublicError, request: Request, issuer: IssuingBody) -> String {
        let language = Language(request)
        return noticePage(heading: language.pick(refusal.title.chinese, refusal.title.english),
                          message: language.pick(refusal.chinese, refusal.english), fallback: "\(refusal.status.code)",
                          request: request, issuer: issuer)
    }

    /// A heading and a message with a link back to the directory. Falls back to `fallback` if even the
    /// template fails, so that an error never turns into another error.
    func noticePage(heading: String, message: String, fallback: String, request: Request, issuer: IssuingBody) -> String {
        let view = NoticeView(frame: PageFrame(title: heading, language: Language(request), request: request, issuer: issuer),
                              heading: heading, message: message)
        return (try? render(view)).map { String(buffer: $0) } ?? fallback
    }
}

/// A notice page's content: a heading and a message.
struct NoticeView: PageView {
    static let template = "error"

    let frame: PageFrame
    let heading: String
    let message: String
}
