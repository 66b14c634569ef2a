import RegistryCore

/// A status badge: its text, its colour class and, when not valid, since when and why; and any notice
/// the status carries (称号复查中 beside 有效).
struct BadgeView: Encodable {
    /// The CSS class, the state's code name.
    let state: String
    let text: String
    let detail: String?

    init(state: String, text: String, detail: String?) {
        self.state = state
        self.text = text
        self.detail = detail
    }

    init(_ status: DisplayStatus, language: Language) {
        state = status.state.rawValue
        text = language.name(status.state)
        let notice = status.notice.map { language.pick($0.chinese, $0.english) }
        guard status.state != .valid else {
            detail = notice
            return
        }
        let since = status.since.map { language.pick("自 \($0) 起", "since \($0)") }
        let parts = [since, status.reason, notice].compactMap { $0 }
        detail = parts.isEmpty ? nil : parts.joined(separator: language.pick("，", "; "))
    }
}
