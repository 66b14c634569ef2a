import Foundation
import Hummingbird
import NIOPosix
import RegistryCore
import RegistryStore

/// `POST /console/data/observations` (`multipart/form-data`, CSRF token in the query): imports an hourly
/// or daily observation CSV all-or-nothing, as `oxlabel observations import` does. Fields: `file`,
/// `kind` (hourly|daily), `replace` (yes: overwrite stored rows whose values differ). A refused file
/// stores nothing and its page lists every refused line (line, column, value, reason) and every row
/// that differs from a stored one; an import that stored rows returns to the data page with its counts.
enum ObservationUpload {
    /// The largest file, in bytes: a year of hourly rows of a dozen stations.
    static let limit = 32 * 1024 * 1024
    /// Refused lines listed on the page; the rest are counted.
    static let listedRows = 500

    struct View: PageView {
        static let template = "console-data-import"

        let frame: ConsoleFrame
        let file: String
        let dataLines: Int
        let rejectedLines: Int
        let rejections: [RejectionRow]
        let unlisted: Int
        let conflicts: [ConflictRow]
        let hasConflicts: Bool
    }

    struct RejectionRow: Encodable {
        let line: Int
        let column: String
        let value: String
        let reason: String
    }

    struct ConflictRow: Encodable {
        let station: String
        let time: String
        let column: String
        let stored: String
        let incoming: String
    }

    static func submit(_ call: ConsoleCall, form: MultipartForm<Data>) async throws -> Response {
        var errors = FormErrors()
        let kind = errors.check("kind") { () throws(FieldError) -> ObservationKind in
            guard let kind = ObservationKind(rawValue: form.text["kind"]) else {
                throw .invalid(field: FieldName("数据类别", "kind"), chinese: "应为小时数据或日数据", english: "must be hourly or daily")
            }
            return kind
        }
        let file = form.files["file"]
        if file == nil { errors.add("请选择要上传的 CSV 文件", for: "file") }
        guard let kind, let file, errors.isEmpty else {
            return call.site.notice(heading: "未导入", message: errors.messages.values.sorted().joined(separator: "；"),
                                    status: .unprocessableContent, staff: call.staff)
        }
        let actor = try call.actor(for: .importObservations)
        let registry = call.site.registry
        let name = UploadName.clean(file.fileName, fallback: "observations.csv")
        let replacing = form.text["replace"] == "yes"
        let data = file.content
        do {
            let report = try await NIOThreadPool.singleton.runIfActive {
                try registry.write { tx in
                    try tx.importObservations(data, file: name, kind: kind, replacing: replacing, by: actor)
                }
            }
            let message = report.changedNothing
                ? "\(report.file)：已导入过，未作改动（\(report.unchanged) 行相同）"
                : "已导入 \(report.file)：新增 \(report.inserted) 行，相同 \(report.unchanged) 行，覆盖 \(report.replaced) 行；质控标记 \(report.flaggedReadings) 个读数（保留，不参与统计）"
            return try call.redirect(to: "/console/data", flash: .notice(message))
        } catch ClimateStoreError.importRefused(let report) {
            return try call.page(refusal(report, frame: call.frame(title: "导入观测数据")), status: .unprocessableContent)
        }
    }

    /// The page of a refused file.
    private static func refusal(_ report: ObservationImportReport, frame: ConsoleFrame) -> View {
        View(frame: frame, file: report.file, dataLines: report.dataLines, rejectedLines: report.rejectedLines,
             rejections: report.rejections.prefix(listedRows).map {
                 RejectionRow(line: $0.line, column: $0.column ?? "", value: $0.value ?? "", reason: $0.reason.chinese)
             },
             unlisted: max(0, report.rejections.count - listedRows) + report.unlistedRejectedLines,
             conflicts: report.conflicts.prefix(listedRows).map {
                 ConflictRow(station: $0.stationID, time: $0.time, column: $0.column, stored: $0.stored, incoming: $0.incoming)
             },
             hasConflicts: !report.conflicts.isEmpty)
    }
}
