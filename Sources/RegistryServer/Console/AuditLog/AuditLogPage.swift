import Hummingbird
import RegistryCore
import RegistryStore

/// `GET /console/audit`: the audit trail, newest first, 50 events a page, filtered by who acted,
/// what was done and a date range; above it the result of checking the hash chain (as `oxlabel audit
/// verify` does), naming every edited, deleted or reordered event. The check recomputes only the events
/// written since the last intact check, and the whole chain at least every ten minutes or when asked
/// (`verify=all`, the button 重新校验全部): see `AuditChainMonitor`.
enum AuditLogPage {
    /// Who reads the audit trail: the auditor and the administrator.
    static let access = ConsoleAccess.roles([.auditor, .admin])

    static func register(on routes: ConsoleRoutes) {
        routes.get("audit", access: access) { call in
            let full = call.query("verify") == "all"
            let monitor = call.site.auditChain
            let (check, actions) = try await call.site.reads.long { tx in (try monitor.check(tx, full: full), try tx.auditActions()) }
            let query: AuditQuery
            do throws(AuditQuery.Refusal) {
                query = try AuditQuery(call, knownActions: actions)
            } catch {
                let view = View(frame: call.frame(title: "审计日志"), check: check, actions: actions, typed: [:],
                                page: nil, query: nil, error: error.chinese)
                return try call.page(view, status: .badRequest)
            }
            let page = try call.read { tx in
                try tx.auditEvents(matching: query.filter, offset: (query.page - 1) * AuditQuery.pageSize, limit: AuditQuery.pageSize)
            }
            let view = View(frame: call.frame(title: "审计日志"), check: check, actions: actions, typed: query.typed,
                            page: page, query: query, error: nil)
            return try call.page(view)
        }
    }

    /// One event as a table row.
    struct Row: Encodable {
        let sequence: Int64
        let time: String
        let actor: String
        let role: String
        let action: String
        let record: String
        let change: String
        let reason: String
        let hash: String

        init(_ event: AuditEvent) {
            sequence = event.sequence
            time = ConsoleTime.text(event.at)
            actor = event.actor
            role = event.role.chinese
            action = event.action.chinese
            record = "\(event.entity.chinese) \(event.entityID)"
            change = event.from == nil && event.to == nil ? ""
                : "\(event.fromName ?? "—") → \(event.toName ?? "—")"
            reason = event.reason ?? ""
            hash = String(event.hash.prefix(12))
        }
    }

    /// One option of the action filter.
    struct Choice: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct View: PageView {
        static let template = "console-audit"

        let frame: ConsoleFrame
        let intact: Bool
        let verificationSummary: String
        let lastFullCheck: String
        let problems: [String]
        let actor: String
        let actions: [Choice]
        let from: String
        let to: String
        let rows: [Row]
        let summary: String
        let previousHref: String?
        let nextHref: String?
        let error: String?

        init(frame: ConsoleFrame, check: AuditChainMonitor.Outcome, actions: [AuditAction], typed: [String: String], page: AuditPage?,
             query: AuditQuery?, error: String?) {
            self.frame = frame
            let verification = check.verification
            intact = verification.isIntact
            verificationSummary = switch (verification.isIntact, verification.isFull) {
            case (true, true): "审计链完整：共 \(verification.eventsChecked) 条事件，逐条重新计算哈希均相符。"
            case (true, false): "审计链完整：共 \(verification.eventsChecked) 条事件；本次重新计算了上次核验之后新增的 "
                + "\(verification.eventsRecomputed) 条，并确认上次核验到的末条事件及其之前的条数未变。"
            case (false, _): "审计链被破坏：共核验 \(verification.eventsChecked) 条事件，发现 \(verification.problems.count) 处问题。"
            }
            lastFullCheck = "上次全链重新计算：\(ConsoleTime.text(check.lastFullCheck))（至少每 \(Int(check.fullCheckInterval / 60)) 分钟一次）"
            problems = verification.problems.map(\.chinese)
            actor = typed["actor"] ?? ""
            self.actions = [Choice(value: "", label: "全部", selected: typed["action"] == nil)]
                + actions.map { Choice(value: $0.rawValue, label: $0.chinese, selected: typed["action"] == $0.rawValue) }
            from = typed["from"] ?? ""
            to = typed["to"] ?? ""
            self.error = error
            rows = page?.events.map(Row.init) ?? []
            guard let page, let query else {
                summary = ""
                previousHref = nil
                nextHref = nil
                return
            }
            let pages = max(1, (page.total + AuditQuery.pageSize - 1) / AuditQuery.pageSize)
            summary = "共 \(page.total) 条，第 \(query.page)/\(pages) 页"
            previousHref = query.page > 1 ? "/console/audit?" + query.items(page: query.page - 1) : nil
            nextHref = query.page < pages ? "/console/audit?" + query.items(page: query.page + 1) : nil
        }
    }
}
