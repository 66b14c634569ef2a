import Foundation
import Testing
import TestSupport
@testable import LabelPrint
import RegistryCore

@Suite struct PDFRendererTests {
    @Test func progressIsReportedPerSheetUpToTheTotal() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var reports = [RenderProgress]()
        try PDFLabelRenderer(library: Fixtures.library).render(
            Fixtures.grapeBatch(50), format: .a4Sheet3x7, to: directory.appendingPathComponent("p.pdf")) { reports.append($0) }
        #expect(reports.map(\.labelsDone) == [21, 42, 50])
        #expect(reports.last?.fraction == 1)
    }

    @Test func theCJKFontsAreEmbedded() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("fonts.pdf")
        try PDFLabelRenderer(library: Fixtures.library).render(Fixtures.grapeBatch(2), format: .a4Sheet5x13, to: pdf)
        let fonts = try ExternalTool.run("pdffonts", [pdf.path], package: "poppler-utils")
        let rows = fonts.split(separator: "\n").filter { $0.contains("NotoSans") }
        #expect(rows.contains { $0.contains("NotoSansCJKsc") })
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(" yes yes ") })
    }

    @Test func sheetFooterNamesBatchSheetAndCodeRange() {
        let batch = Fixtures.grapeBatch(3)
        let footer = PDFLabelRenderer.footer(batch: "B-2025-0042", page: 2, of: 5, labels: batch.labels[...])
        #expect(footer == "批次 B-2025-0042 · 第 2/5 张 · 3 枚 · 码段 \(batch.labels[0].code.grouped()) – \(batch.labels[2].code.grouped())")
    }

    @Test func anEmptyBatchIsRefusedAndLeavesNoFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("empty.pdf")
        #expect(throws: LabelPrintError.emptyBatch) {
            try PDFLabelRenderer(library: Fixtures.library).render(PrintBatch(batchNumber: "B", labels: []), format: .a4Sheet3x7, to: pdf)
        }
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test func anUnwritablePathIsATypedError() {
        #expect(throws: LabelPrintError.self) {
            try PDFLabelRenderer(library: Fixtures.library).render(
                Fixtures.grapeBatch(1), format: .a4Sheet3x7, to: URL(fileURLWithPath: "/nonexistent/dir/x.pdf"))
        }
    }
}
