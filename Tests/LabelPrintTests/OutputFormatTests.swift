import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import LabelPrint
import RegistryCore

@Suite struct OutputFormatTests {
    private let batch = Fixtures.grapeBatch(3)

    @Test func svgIsWellFormedXMLAndNamesTheCode() throws {
        let label = batch.labels[0]
        let svg = try SVGLabelRenderer(library: Fixtures.library).svg(for: label)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(svg.contains(label.code.grouped()))
        #expect(svg.contains(label.verificationURL))
        #expect(svg.contains("font-family=\"Noto Sans CJK SC\""))
        #expect(svg.contains("<symbol id=\"oxygen-bar-mark\""))
        #expect(svg.contains("width=\"63.5mm\" height=\"38.1mm\""))
    }

    @Test func svgEscapesMarkupInContent() throws {
        var label = batch.labels[0]
        label.operatorName = "A&B <合作社>"
        let svg = try SVGLabelRenderer(library: Fixtures.library).svg(for: label)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("A&amp;B &lt;合作社&gt;"))
    }

    @Test(arguments: ThermalResolution.allCases)
    func tsplIsWellFormedGB18030WithIntegerModules(resolution: ThermalResolution) throws {
        let data = try TSPLRenderer(library: Fixtures.library).program(for: batch, format: .thermal50x30, resolution: resolution)
        let text = try #require(String(data: data, encoding: TSPLRenderer.gb18030))
        #expect(String(data: data, encoding: .utf8) == nil, "Chinese text must be GB18030, not UTF-8")
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "SIZE 50 mm,30 mm")
        #expect(lines[1] == "GAP 2 mm,0 mm")
        #expect(lines.filter { $0 == "CLS" }.count == 3)
        #expect(lines.filter { $0 == "PRINT 1,1" }.count == 3)
        let qrLines = lines.filter { $0.hasPrefix("QRCODE ") }
        #expect(qrLines.count == 3)
        for (line, label) in zip(qrLines, batch.labels) {
            let fields = line.dropFirst("QRCODE ".count).split(separator: ",", maxSplits: 6)
            #expect(fields[2] == "Q")
            let cell = try #require(Int(fields[3]))
            #expect(Double(cell) / resolution.dotsPerMillimetre * 41 >= 20)
            #expect(fields[6] == "\"\(label.verificationURL)\"")
        }
        let textLines = lines.filter { $0.hasPrefix("TEXT ") }
        #expect(textLines.allSatisfy { $0.contains(",0,1,1,\"") && $0.hasSuffix("\"") })
        #expect(textLines.contains { $0.contains(",\"TSS24.BF2\",0,1,1,\"延庆葡萄") })
        for label in batch.labels {
            #expect(textLines.contains { $0.hasSuffix(",0,1,1,\"\(label.code.grouped())\"") }, "the whole code is printed")
        }
    }

    @Test func zplIsWellFormedUTF8WithIntegerModules() throws {
        let data = try ZPLRenderer(library: Fixtures.library).program(for: batch, format: .thermal40x30, resolution: .dpi300)
        let text = try #require(String(data: data, encoding: .utf8))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0 == "^XA" }.count == 3)
        #expect(lines.filter { $0 == "^XZ" }.count == 3)
        #expect(lines.filter { $0 == "^CI28" }.count == 3)
        #expect(lines.contains("^PW\(ThermalResolution.dpi300.dots(40))"))
        let qrLines = lines.filter { $0.contains("^BQN,2,") }
        #expect(qrLines.count == 3)
        for (line, label) in zip(qrLines, batch.labels) {
            #expect(line.contains("^FDQA,\(label.verificationURL)^FS"))
            let magnification = line.components(separatedBy: "^BQN,2,")[1].prefix { $0.isNumber }
            #expect(Int(magnification).map { (1...10).contains($0) } == true)
        }
        #expect(!text.contains("^A@"), "no font the printer may lack")
        #expect(lines.filter { $0.contains("^GFA,") }.count >= 3 * 2)
    }

    @Test func zplTextIsAPictureOfTheLineInTheLabelsTypeface() throws {
        let font = LabelFont(typeface: .sans, bold: false, size: 24)
        let bitmap = try ZPLGraphicField.draw("延庆葡萄", font: font, width: 96, height: 24, faces: CairoFaces())
        #expect(bitmap.bytesPerRow == 12 && bitmap.bytes.count == 12 * 24)
        let inked = bitmap.bytes.reduce(0) { $0 + $1.nonzeroBitCount }
        #expect(inked > 96 * 24 / 10 && inked < 96 * 24 / 2, "four characters of ink, not an empty or a black box")
        let field = try ZPLGraphicField.field("延庆葡萄", font: font, width: 96, height: 24, faces: CairoFaces())
        #expect(field.hasPrefix("^GFA,288,288,12,"))
        #expect(ZPLCompressedHex.expanded(String(field.dropFirst("^GFA,288,288,12,".count)), bytesPerRow: 12) == bitmap.bytes)
    }

    @Test func zplCompressionRoundTrips() {
        var generator = SystemRandomNumberGenerator()
        for bytesPerRow in [1, 3, 12, 60] {
            var bytes = [UInt8]()
            for row in 0..<40 {
                let kind = row % 4
                for column in 0..<bytesPerRow {
                    bytes.append(kind == 0 ? 0 : kind == 1 ? 0xFF : kind == 2 && column > bytesPerRow / 2 ? 0 : UInt8.random(in: 0...255, using: &generator))
                }
                if row % 7 == 3 { bytes.replaceSubrange((bytes.count - bytesPerRow)..., with: bytes[(bytes.count - 2 * bytesPerRow)..<(bytes.count - bytesPerRow)]) }
            }
            let bitmap = ZPLGraphicField.Bitmap(bytesPerRow: bytesPerRow, bytes: bytes)
            #expect(ZPLCompressedHex.expanded(ZPLGraphicField.compressed(bitmap), bytesPerRow: bytesPerRow) == bytes)
        }
        #expect(ZPLGraphicField.repeatCount(1) == "" && ZPLGraphicField.repeatCount(2) == "H")
        #expect(ZPLGraphicField.repeatCount(20) == "g" && ZPLGraphicField.repeatCount(39) == "gY" && ZPLGraphicField.repeatCount(845) == "zzhK")
    }

    @Test func zplEscapesCaretsAndTildes() {
        #expect(ZPLRenderer.escaped("A^B~C\\D") == "A\\5EB\\7EC\\5CD")
    }

    @Test func thermalProgramsRefuseSheetFormats() {
        #expect(throws: LabelPrintError.formatUnsupported("a4-3x7")) {
            try TSPLRenderer(library: Fixtures.library).program(for: batch, format: .a4Sheet3x7)
        }
    }

    @Test func thermalLinesNeverOverlapEachOtherOrTheQRCode() throws {
        let measurer = try TextMeasurer()
        for format in [LabelFormat.thermal40x30, .thermal50x30] {
            let template = Fixtures.library.template(for: format)
            for resolution in ThermalResolution.allCases {
                for fonts in [ThermalFonts.scalable(name: "E:SIMSUN.TTF"), .tspl] {
                    let qr = try QRMatrix(encoding: batch.labels[0].verificationURL, errorCorrection: .quartile)
                    let layout = try ThermalLabelLayout(content: batch.labels[0], qr: qr, template: template, resolution: resolution,
                                                        fonts: fonts, measurer: measurer)
                    #expect(layout.lines.count >= 4, "\(format) \(resolution) \(fonts)")
                    for (index, line) in layout.lines.enumerated() {
                        for other in layout.lines[(index + 1)...] {
                            #expect(!line.overlaps((other.x, other.top, other.width, other.height)))
                        }
                    }
                }
            }
        }
    }
}
