import Foundation

/// Renders a batch to PDF: A4 sheets with crop marks, registration targets and a footer for sheet
/// formats; one page of the label's own size per label for thermal rolls, plaques and table cards.
public struct PDFLabelRenderer: Sendable {
    /// Labels whose QR codes are encoded together (on all cores) before they are drawn.
    private static let encodingChunk = 256

    public let library: LabelLibrary

    public init(library: LabelLibrary) {
        self.library = library
    }

    /// Writes `batch` in `format` to `url`. Thermal formats snap QR modules to whole dots of
    /// `resolution`. `progress` is called after every page. A failed rendering leaves no file.
    public func render(
        _ batch: PrintBatch, format: LabelFormat, resolution: ThermalResolution = .dpi203, to url: URL,
        progress: ((RenderProgress) -> Void)? = nil
    ) throws(LabelPrintError) {
        do {
            try write(batch, format: format, resolution: resolution, to: url, progress: progress)
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
    }

    private func write(
        _ batch: PrintBatch, format: LabelFormat, resolution: ThermalResolution, to url: URL,
        progress: ((RenderProgress) -> Void)?
    ) throws(LabelPrintError) {
        let labels = batch.labels
        guard !labels.isEmpty else { throw .emptyBatch }
        let template = library.template(for: format)
        let measurer = try TextMeasurer()
        let painter = LabelPainter(
            template: template, mark: library.mark, measurer: measurer, dotsPerInch: format.isThermal ? resolution.rawValue : nil)
        let document = try PDFDocument(
            url: url, pageWidth: template.sheet?.pageWidth ?? template.width, pageHeight: template.sheet?.pageHeight ?? template.height,
            title: "\(template.title) · \(batch.batchNumber)")
        let canvas = CairoCanvas(context: document.context, measurer: measurer)
        let perPage = template.sheet?.labelsPerSheet ?? 1
        let pageCount = (labels.count + perPage - 1) / perPage
        let chunk = perPage * max(1, Self.encodingChunk / perPage)

        for chunkStart in stride(from: 0, to: labels.count, by: chunk) {
            let chunkEnd = min(labels.count, chunkStart + chunk)
            let matrices = try QRBatchEncoder.encode(
                labels[chunkStart..<chunkEnd].map(\.verificationURL), errorCorrection: template.qr.errorCorrection)
            for pageStart in stride(from: chunkStart, to: chunkEnd, by: perPage) {
                let pageEnd = min(chunkEnd, pageStart + perPage)
                for index in pageStart..<pageEnd {
                    let origin = template.sheet?.origin(ofSlot: index - pageStart) ?? (x: 0, y: 0)
                    try canvas.translated(x: origin.x, y: origin.y) { () throws(LabelPrintError) in
                        try painter.paint(labels[index], qr: matrices[index - chunkStart], on: canvas)
                    }
                }
                if let sheet = template.sheet {
                    let footer = Self.footer(batch: batch.batchNumber, page: pageStart / perPage + 1, of: pageCount,
                                             labels: labels[pageStart..<pageEnd])
                    SheetMarks(template: template, sheet: sheet, measurer: measurer).draw(footer: footer, on: canvas)
                }
                document.endPage()
                progress?(RenderProgress(labelsDone: pageEnd, labelsTotal: labels.count))
            }
        }
        try document.finish()
    }

    /// `批次 B-2025-0042 · 第 3/24 张 · 21 枚 · 码段 7K3M 9QXD 2F8R HZ4W P – …`: the first and last
    /// codes of the sheet in print order.
    static func footer(batch: String, page: Int, of pageCount: Int, labels: ArraySlice<LabelContent>) -> String {
        let first = labels.first!.code.grouped(), last = labels.last!.code.grouped()
        return "批次 \(batch) · 第 \(page)/\(pageCount) 张 · \(labels.count) 枚 · 码段 \(first) – \(last)"
    }
}
