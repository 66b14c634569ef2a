import Hummingbird

extension PageRenderer {
    /// The page for a refusal, in the request's language. Falls back to the bare status code if even
    /// the template fails, so that an error never turns into another error.
    func errorPage(_ refusal: PublicError, request: Request, issuer: IssuingBody) -> String {
        struct View {
            let frame: PageFrame
            let heading: String
            let message: String
        }
        let language = Language(request)
        let heading = language.pick(refusal.title.chinese, refusal.title.english)
        let view = View(frame: PageFrame(title: heading, language: language, request: request, pages: self, issuer: issuer),
                        heading: heading, message: language.pick(refusal.chinese, refusal.english))
        return (try? render(view, template: "error")) ?? "\(refusal.status.code)"
    }
}
