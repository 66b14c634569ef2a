import Foundation
import Hummingbird
import LabelPrint
import NIOCore
import NIOPosix
import RegistryCore
import RegistryStore

/// `POST /console/labels/batches/{number}/print`: records a print run and answers with its print file,
/// as `oxlabel labels print` does: the file is drawn first, outside any transaction, then the run is
/// recorded and the labels marked printed in one short transaction (`Registry.printBatch`), so a failed
/// rendering records nothing and a large batch never holds the registry's write lock while drawing; a
/// batch that changed meanwhile is refused. The form's button names the file (`format`); `roll` and
/// `dpi` choose the thermal roll and print head; a reprint needs `reprint_reason`. Rendering runs on the
/// blocking thread pool, never on the request's task.
enum PrintDownload {
    static func download(_ call: ConsoleCall, number: String, form: ConsoleForm) async throws -> Response {
        var errors = FormErrors()
        let file = errors.check("format") { () throws(FieldError) -> PrintFile in
            guard let file = PrintFile(rawValue: form["format"]) else {
                throw .invalid(field: FieldName("印制文件", "print file"), chinese: "请选择要下载的印制文件", english: "choose a print file")
            }
            return file
        }
        let roll = errors.check("roll") { () throws(FieldError) -> LabelFormat in
            guard let roll = LabelFormat(rawValue: form.optional("roll") ?? LabelFormat.thermal40x30.rawValue), roll.isThermal else {
                throw .invalid(field: FieldName("热敏卷", "roll"), chinese: "应为 40×30 或 50×30 毫米", english: "must be 40×30 or 50×30 mm")
            }
            return roll
        }
        let resolution = errors.check("dpi") { () throws(FieldError) -> ThermalResolution in
            guard let dpi = ThermalResolution(rawValue: Int(form.optional("dpi") ?? "203") ?? 0) else {
                throw .invalid(field: FieldName("打印头分辨率", "dpi"), chinese: "应为 203 或 300", english: "must be 203 or 300")
            }
            return dpi
        }
        let reason = errors.check("reprint_reason") {
            try TextInput.optional(form.optional("reprint_reason"), field: FieldName("重印理由", "reprint reason"), maxLength: 500)
        }
        let (batch, kind) = try call.read { tx in
            let batch = try tx.labelBatch(number)
            return (batch, try tx.licence(batch.licenceNumber).kind)
        }
        if let only = file?.kind, only != kind {
            errors.add("\(file?.label ?? "") 只用于\(only.chinese)，本批次是\(kind.chinese)的标签", for: "format")
        }
        if let last = batch.printJobs.last, errors.isEmpty, (reason ?? nil) == nil {
            errors.add("本批次已于 \(ConsoleTime.text(last.at)) 印制过，重印须填写理由", for: "reprint_reason")
        }
        guard let file, let roll, let resolution, let reason, errors.isEmpty else {
            return try LabelBatchPage.render(call, number: number, values: form.values, errors: errors, status: .unprocessableContent)
        }
        guard let templates = call.site.labelPrinter else {
            errors.add("本服务未配置标签模板（Labels 文件夹），无法生成印制文件，请联系系统管理员", for: "format")
            return try LabelBatchPage.render(call, number: number, values: form.values, errors: errors, status: .serviceUnavailable)
        }
        let printer = LabelPrinter(library: templates.library, settings: templates.settings, resolution: resolution)
        let output = file.output(roll: roll)
        let actor = try call.actor(for: .printLabels)
        let registry = call.site.registry
        let data: Data
        do {
            data = try await NIOThreadPool.singleton.runIfActive {
                let url = FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-print-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: url) }
                return try registry.printBatch(batch.number, format: output.name, by: actor, reason: reason) { printed, codes, particulars in
                    try printer.write(output, batch: printed.number, codes: codes, particulars: particulars, to: url)
                    return try Data(contentsOf: url)
                }.output
            }
        } catch let refusal as RegistryError {
            errors.add(refusal.chinese, for: "format")
            return try LabelBatchPage.render(call, number: number, values: form.values, errors: errors, status: .conflict)
        }
        let name = "\(batch.number)-\([.thermalPDF, .tspl, .zpl].contains(file) ? "\(file.rawValue)-\(roll.rawValue)" : file.rawValue)"
        return Response(status: .ok, headers: [
            .contentType: file.file.contentType,
            .contentDisposition: "attachment; filename=\"\(name).\(file.file.extension)\"",
            .cacheControl: "no-store",
        ], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
