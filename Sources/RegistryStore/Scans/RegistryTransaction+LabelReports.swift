import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Stores a member of the public's report of a suspected copy, for the bureau. Only the code, the
    /// text (trimmed, at most 500 characters) and a coarse client hint are kept.
    public func recordLabelReport(code: LabelCode, text: String, client: String) throws {
        let text = try Self.labelReportText(text)
        try db.cachedStatement(sql: "INSERT INTO label_reports(at_ms, code, text, client) VALUES (?, ?, ?, ?)")
            .execute(arguments: [Self.milliseconds(now), code.text, text, String(client.prefix(64))])
    }

    /// A report's text as stored: trimmed, not empty, at most 500 characters; refused otherwise, so
    /// that a caller can check it before anything else is spent on the report.
    public static func labelReportText(_ text: String) throws(FieldError) -> String {
        try TextInput.required(text, field: FieldName("举报内容", "report"), maxLength: 500)
    }

    /// The copy reports, oldest first: those received on or after `since`, of labels under `licence`
    /// (which must exist), and only the ones not yet handled when `openOnly`.
    public func labelReports(since: Day? = nil, licence: String? = nil, openOnly: Bool = false) throws -> [LabelReport] {
        if let licence { _ = try self.licence(licence) }
        var conditions: [String] = [], arguments: StatementArguments = []
        if let since {
            conditions.append("at_ms >= ?")
            arguments += [Self.milliseconds(since.start)]
        }
        if openOnly { conditions.append("handled_ms IS NULL") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        var licences: [String: String] = [:]
        return try Row.fetchAll(db, sql: "SELECT * FROM label_reports\(filter) ORDER BY id", arguments: arguments).map { row in
            var report = Self.labelReport(row)
            if let code = try? LabelCode(parsing: report.code), let batch = try label(code: code)?.batchNumber {
                report.batch = batch
                if licences[batch] == nil { licences[batch] = try labelBatch(batch).licenceNumber }
                report.licence = licences[batch]
            }
            return report
        }.filter { licence == nil || $0.licence == licence }
    }

    /// 处理举报: marks a copy report handled, with the bureau's note, in the audit trail too. A report
    /// is handled once.
    @discardableResult
    public func handleLabelReport(_ id: Int64, note: String, by actor: Actor) throws -> LabelReport {
        try actor.require(.handleLabelReport)
        let note = try TextInput.required(note, field: FieldName("处理说明", "note"), maxLength: 500)
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM label_reports WHERE id = ?", arguments: [id]) else {
            throw RegistryError.notFound(entity: .labelReport, id: "\(id)")
        }
        var report = Self.labelReport(row)
        guard report.handling == nil else {
            throw RegistryError.transitionNotAllowed(entity: .labelReport, id: "\(id)", state: "已处理", action: .handleLabelReport)
        }
        report.handling = LabelReport.Handling(at: now, by: actor.name, note: note)
        try db.execute(sql: "UPDATE label_reports SET handled_ms = ?, handled_by = ?, handled_note = ? WHERE id = ?",
                       arguments: [Self.milliseconds(now), actor.name, note, id])
        try appendAudit(actor, .handleLabelReport, .labelReport, "\(id)", from: "open", to: "handled", reason: note,
                        details: try encode(["code": report.code]))
        return report
    }

    private static func labelReport(_ row: Row) -> LabelReport {
        func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
        let handling = (row["handled_ms"] as Int64?).map { LabelReport.Handling(at: date($0), by: row["handled_by"], note: row["handled_note"]) }
        return LabelReport(id: row["id"], at: date(row["at_ms"]), code: row["code"], text: row["text"], client: row["client"], handling: handling)
    }
}
