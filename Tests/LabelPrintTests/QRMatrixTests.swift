import Testing
@testable import LabelPrint
import RegistryCore

@Suite struct QRMatrixTests {
    @Test func anUpperCaseVerificationURLFitsVersion3AtLevelM() throws {
        let url = Fixtures.grapeLabel(Fixtures.codes(1)[0]).verificationURL
        let matrix = try QRMatrix(encoding: url, errorCorrection: .medium)
        #expect(matrix.version == 3)
        #expect(matrix.size == 29)
        #expect(matrix.sizeWithQuietZone == 37)
    }

    @Test func lowerCaseNeedsByteModeAndALargerVersion() throws {
        let url = Fixtures.grapeLabel(Fixtures.codes(1)[0]).verificationURL
        let upper = try QRMatrix(encoding: url, errorCorrection: .quartile)
        let lower = try QRMatrix(encoding: url.lowercased(), errorCorrection: .quartile)
        #expect(lower.version > upper.version)
    }

    @Test func finderPatternsAreInTheCorners() throws {
        let matrix = try QRMatrix(encoding: "HTTPS://YB.YQ.EXAMPLE.CN/V/0", errorCorrection: .medium)
        for (column, row) in [(0, 0), (matrix.size - 7, 0), (0, matrix.size - 7)] {
            #expect(matrix.isDark(column: column, row: row))
            #expect(matrix.isDark(column: column + 6, row: row + 6))
            #expect(!matrix.isDark(column: column + 1, row: row + 1))
            #expect(matrix.isDark(column: column + 3, row: row + 3))
        }
    }

    @Test func darkRunsCoverExactlyTheDarkModules() throws {
        let matrix = try QRMatrix(encoding: "HTTPS://YB.YQ.EXAMPLE.CN/V/7K3M9QXD2F8RHZ4WP", errorCorrection: .quartile)
        var covered = Set<Int>()
        for run in matrix.darkRuns {
            for column in run.column..<(run.column + run.length) { covered.insert(run.row * matrix.size + column) }
        }
        let dark = (0..<matrix.size * matrix.size).filter { matrix.isDark(column: $0 % matrix.size, row: $0 / matrix.size) }
        #expect(covered == Set(dark))
    }

    @Test func textTooLongForAnyVersionIsATypedError() {
        let text = String(repeating: "好", count: 3_000)
        #expect(throws: LabelPrintError.qrEncodingFailed(text)) { try QRMatrix(encoding: text, errorCorrection: .high) }
    }

    @Test(arguments: ThermalResolution.allCases)
    func thermalModulesAreWholeDotsAndTheSymbolIsAtLeast20mm(resolution: ThermalResolution) throws {
        for format in [LabelFormat.thermal40x30, .thermal50x30] {
            let template = Fixtures.library.template(for: format)
            for url in [Fixtures.grapeLabel(Fixtures.codes(1)[0]).verificationURL, "HTTPS://Y.CN/V/7K3M9QXD2F8RHZ4WP"] {
                let matrix = try QRMatrix(encoding: url, errorCorrection: template.qr.errorCorrection)
                let placement = try QRPlacement(matrix: matrix, slot: template.qr, dotsPerInch: resolution.rawValue, format: format.rawValue)
                let dots = placement.moduleSize * resolution.dotsPerMillimetre
                #expect(abs(dots - dots.rounded()) < 1e-9)
                #expect(placement.dotsPerModule == Int(dots.rounded()))
                #expect(placement.quietZoneBox.width >= 20)
                #expect(placement.moduleSize * Double(QRMatrix.quietZoneModules) >= 2 - 1e-9)
            }
        }
    }

    @Test(arguments: [LabelFormat.a4Sheet3x7, .a4Sheet5x13, .homestayPlaqueA5, .dishTableCardA6])
    func sheetSymbolsAreAtLeast20mmWithA2mmQuietZone(format: LabelFormat) throws {
        let template = Fixtures.library.template(for: format)
        let matrix = try QRMatrix(encoding: Fixtures.grapeLabel(Fixtures.codes(1)[0]).verificationURL, errorCorrection: template.qr.errorCorrection)
        let placement = try QRPlacement(matrix: matrix, slot: template.qr, dotsPerInch: nil, format: format.rawValue)
        #expect(placement.quietZoneBox.width >= max(20, template.qr.minimumSide) - 1e-9)
        #expect(placement.moduleSize * 4 >= 2 - 1e-9)
    }

    @Test func aURLTooLongForTheSmallLabelIsRefusedWithTheSizes() throws {
        let template = Fixtures.library.template(for: .a4Sheet5x13)
        let matrix = try QRMatrix(encoding: "HTTPS://LABELS.YANQING.EXAMPLE.GOV.CN/01/06901234567892/10/ABCDEFGHIJKLMNOPQRST/21/7K3M9QXD2F8RHZ4WP",
                                  errorCorrection: .medium)
        #expect(matrix.version == 5)
        #expect(throws: LabelPrintError.qrDoesNotFit(format: "a4-5x13", requiredMillimetres: 22.5, availableMillimetres: 20.6)) {
            try QRPlacement(matrix: matrix, slot: template.qr, dotsPerInch: nil, format: "a4-5x13")
        }
    }
}
