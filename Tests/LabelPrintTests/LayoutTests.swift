import Foundation
import Testing
@testable import LabelPrint

@Suite struct LayoutTests {
    private func slot(width: Double, size: Double = 3, minimum: Double = 2, lines: Int = 1) throws -> TextSlot {
        let json = """
            {"field":"subject","x":1,"baseline":5,"width":\(width),"fontSize":\(size),"minimumFontSize":\(minimum),"maxLines":\(lines)}
            """
        return try JSONDecoder().decode(TextSlot.self, from: Data(json.utf8))
    }

    @Test func cjkCharactersAreOneEmWideInTheNamedFont() throws {
        let measurer = try TextMeasurer()
        let width = measurer.width(of: "延庆葡萄", font: LabelFont(typeface: .sans, bold: false, size: 3))
        #expect(abs(width - 12) < 0.01)
    }

    @Test func textThatFitsKeepsItsSize() throws {
        let lines = TextFitter(measurer: try TextMeasurer()).fit("延庆葡萄", in: try slot(width: 20))
        #expect(lines.map(\.text) == ["延庆葡萄"])
        #expect(lines[0].font.size == 3)
    }

    @Test func longTextShrinksThenWrapsThenShortens() throws {
        let fitter = TextFitter(measurer: try TextMeasurer())
        let shrunk = fitter.fit("延庆葡萄延庆", in: try slot(width: 15))
        #expect(shrunk.count == 1 && shrunk[0].font.size < 3 && shrunk[0].width <= 15)
        let wrapped = fitter.fit("北京市延庆区张山营镇前庙村葡萄专业合作社", in: try slot(width: 20, lines: 2))
        #expect(wrapped.count == 2 && wrapped.allSatisfy { $0.width <= 20 + 1e-9 })
        #expect(wrapped[1].baseline > wrapped[0].baseline)
        let shortened = fitter.fit("北京市延庆区张山营镇前庙村葡萄专业合作社", in: try slot(width: 15))
        #expect(shortened.count == 1 && shortened[0].text.hasSuffix("…") && shortened[0].width <= 15 + 1e-9)
    }

    @Test func aSeparatorStaysWithTheWordBeforeItAndIsDroppedAtALineEnd() throws {
        let lines = TextFitter(measurer: try TextMeasurer()).fit("中国天然氧吧 · 北京延庆", in: try slot(width: 20, size: 2.9, minimum: 2.8, lines: 2))
        #expect(lines.map(\.text) == ["中国天然氧吧", "北京延庆"])
    }

    @Test func aNameJoinedByAMiddleDotBreaksAtTheDot() throws {
        let lines = TextFitter(measurer: try TextMeasurer()).fit("中国天然氧吧·延庆", in: try slot(width: 20, size: 3, minimum: 2.9, lines: 2))
        #expect(lines.map(\.text) == ["中国天然氧吧", "延庆"])
    }

    @Test func closingPunctuationNeverStartsALine() throws {
        let lines = TextFitter(measurer: try TextMeasurer()).fit("延庆葡萄，甜", in: try slot(width: 14, size: 3, minimum: 2.9, lines: 2))
        #expect(lines.map(\.text) == ["延庆葡", "萄，甜"])
    }

    @Test func latinRunsStayWholeAndOpeningPunctuationGoesWithTheNextCharacter() {
        #expect(LineBreaks.units(of: "批号B2026001（延庆）", fits: { _ in false }) == ["批", "号", "B2026001", "（延", "庆）"])
        #expect(LineBreaks.units(of: "中国天然氧吧·延庆", fits: { _ in true }) == ["中国天然氧吧", "·延庆"])
    }

    @Test func theMarkIsReadFromItsSVG() {
        let mark = Fixtures.library.mark
        #expect(mark.viewBoxWidth == 100 && mark.viewBoxHeight == 100)
        #expect(mark.paths.count >= 5)
        #expect(mark.texts.map(\.text) == ["O", "2"])
    }

    @Test func svgPathDataReadsTheSubsetAndRefusesTheRest() {
        #expect(SVGPathData.commands(from: "M1 2L3,4C5 6 7 8 9 10Z") ==
            [.move(x: 1, y: 2), .line(x: 3, y: 4), .curve(x1: 5, y1: 6, x2: 7, y2: 8, x: 9, y: 10), .close])
        #expect(SVGPathData.commands(from: "M1-2L3 4") == [.move(x: 1, y: -2), .line(x: 3, y: 4)])
        #expect(SVGPathData.commands(from: "M1 2 A3 3 0 0 1 5 5") == nil)
        #expect(SVGPathData.commands(from: "M1 2 L3") == nil)
    }

    @Test func aMissingLibraryIsAReadableError() {
        #expect(throws: LabelPrintError.self) { try LabelLibrary(directory: URL(fileURLWithPath: "/nonexistent")) }
        let error = LabelPrintError.qrDoesNotFit(format: "a4-5x13", requiredMillimetres: 22.5, availableMillimetres: 20.6)
        #expect(error.description.contains("22.5 mm") && error.description.contains("20.6 mm"))
    }

    @Test func everyTemplateIsReadAndEveryFieldAppearsSomewhere() {
        for format in LabelFormat.allCases {
            let template = Fixtures.library.template(for: format)
            #expect(template.format == format.rawValue)
            let fields = Set(template.texts.map(\.field))
            #expect(fields.isSuperset(of: [.subject, .operatorName, .town, .grade, .documentNumber, .code, .brandLine]), "\(format)")
        }
    }
}
