import Foundation
import Testing
import TestSupport
@testable import LabelPrint
import RegistryCore

/// Renders real PDFs, rasterises them with pdftoppm at 300 dpi and decodes every QR with zbarimg.
@Suite(.serialized) struct PDFRoundTripTests {
    /// Renders `batch`, rasterises each label's area and expects exactly its URL there.
    private func expectEveryQRDecodes(_ batch: PrintBatch, format: LabelFormat, resolution: ThermalResolution = .dpi203) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { if ProcessInfo.processInfo.environment["OXLABEL_RENDERINGS"] == nil { try? FileManager.default.removeItem(at: directory) } }
        let pdf = directory.appendingPathComponent("\(format.rawValue).pdf")
        try PDFLabelRenderer(library: Fixtures.library).render(batch, format: format, resolution: resolution, to: pdf)
        let template = Fixtures.library.template(for: format)
        let perPage = template.sheet?.labelsPerSheet ?? 1
        let regions = batch.labels.indices.map { index in
            let origin = template.sheet?.origin(ofSlot: index % perPage) ?? (x: 0, y: 0)
            return ExternalTool.Region(
                page: index / perPage + 1, box: LabelBox(x: origin.x, y: origin.y, width: template.width, height: template.height))
        }
        let decoded = try ExternalTool.decodeQRCodes(inPDF: pdf, regions: regions)
        for (label, payloads) in zip(batch.labels, decoded) {
            #expect(payloads == [label.verificationURL], "\(format.rawValue) label \(label.code.grouped())")
        }
    }

    @Test func everyQROfAnA4Sheet3x7DecodesToItsURL() throws {
        try expectEveryQRDecodes(Fixtures.grapeBatch(21), format: .a4Sheet3x7)
    }

    @Test func everyQROfAnA4Sheet5x13DecodesToItsURL() throws {
        try expectEveryQRDecodes(Fixtures.grapeBatch(65), format: .a4Sheet5x13)
    }

    @Test(arguments: [ThermalResolution.dpi203, .dpi300])
    func everyThermalLabelDecodesToItsURL(resolution: ThermalResolution) throws {
        try expectEveryQRDecodes(Fixtures.grapeBatch(4), format: .thermal40x30, resolution: resolution)
        try expectEveryQRDecodes(Fixtures.grapeBatch(3), format: .thermal50x30, resolution: resolution)
    }

    @Test func digitalLinkLabelsDecodeOnTheSmallSheet() throws {
        let gtin = try GTIN(parsing: "6901234567892"), lot = try GS1Lot(parsing: "2025-09A")
        var batch = Fixtures.grapeBatch(65)
        batch.labels = batch.labels.map { label in
            var label = label
            label.link = .digitalLink(gtin: gtin, lot: lot, code: label.code)
            return label
        }
        try expectEveryQRDecodes(batch, format: .a4Sheet5x13)
    }

    @Test func plaqueAndTableCardQRsDecode() throws {
        let codes = Fixtures.codes(2)
        try expectEveryQRDecodes(PrintBatch(batchNumber: "P-1", labels: [Fixtures.homestay(codes[0])]), format: .homestayPlaqueA5)
        try expectEveryQRDecodes(PrintBatch(batchNumber: "D-1", labels: [Fixtures.dish(codes[1])]), format: .dishTableCardA6)
    }
}
