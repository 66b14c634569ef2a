import RegistryCore
import RegistryStore

/// The audit viewer's filters as given in the query string (`actor`, `action`, `from`, `to`, `page`),
/// validated: a malformed value is refused with a Chinese message naming the field.
struct AuditQuery {
    var filter = AuditFilter()
    var page = 1
    /// The fields as typed, to show them again in the form.
    let typed: [String: String]

    static let pageSize = 50
    static let maxPage = 100_000

    /// A refused filter: the field and why.
    struct Refusal: Error {
        let chinese: String
    }

    init(_ call: ConsoleCall, knownActions: [AuditAction]) throws(Refusal) {
        var typed: [String: String] = [:]
        for name in ["actor", "action", "from", "to", "page"] { typed[name] = call.query(name) }
        self.typed = typed
        do {
            filter.actor = try TextInput.optional(typed["actor"], field: FieldName("操作人", "actor"), maxLength: 50)
        } catch {
            throw Refusal(chinese: error.chinese)
        }
        if let action = typed["action"] {
            guard let known = knownActions.first(where: { $0.rawValue == action }) else {
                throw Refusal(chinese: "「操作类型」请从列表中选择")
            }
            filter.action = known
        }
        filter.from = try Self.day(typed["from"], field: "起始日期")
        filter.through = try Self.day(typed["to"], field: "截止日期")
        if let from = filter.from, let through = filter.through, through < from {
            throw Refusal(chinese: "「截止日期」不能早于「起始日期」")
        }
        do {
            page = try NumberInput.whole(typed["page"], field: FieldName("页码", "page"), in: 1...Self.maxPage) ?? 1
        } catch {
            throw Refusal(chinese: error.chinese)
        }
    }

    private static func day(_ text: String?, field: String) throws(Refusal) -> Day? {
        guard let text else { return nil }
        guard let day = Day(text) else { throw Refusal(chinese: "「\(field)」应为 YYYY-MM-DD 格式的日期，例如 2026-08-03") }
        return day
    }

    /// The query string of these filters on another page.
    func items(page: Int) -> String {
        let kept = ["actor", "action", "from", "to"].compactMap { name in typed[name].map { (name, $0) } } + [("page", String(page))]
        return kept.map { "\($0.0)=\(QueryValue.encoded($0.1))" }.joined(separator: "&")
    }
}
