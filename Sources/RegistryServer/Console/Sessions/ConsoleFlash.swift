/// A message shown once on the page after a form's redirect: a confirmation or a refusal.
struct ConsoleFlash: Sendable, Hashable, Encodable {
    let text: String
    let isError: Bool

    static func notice(_ text: String) -> ConsoleFlash { ConsoleFlash(text: text, isError: false) }
    static func error(_ text: String) -> ConsoleFlash { ConsoleFlash(text: text, isError: true) }

    /// The form kept in the session row: the kind, a colon, the text.
    var stored: String { (isError ? "error:" : "notice:") + text }

    init(text: String, isError: Bool) {
        self.text = text
        self.isError = isError
    }

    init?(stored: String?) {
        guard let stored, let colon = stored.firstIndex(of: ":") else { return nil }
        self.init(text: String(stored[stored.index(after: colon)...]), isError: stored[..<colon] == "error")
    }
}
