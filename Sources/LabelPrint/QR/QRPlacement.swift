/// Where a QR symbol goes in its template area, and how large its modules are.
///
/// The symbol with its 4-module quiet zone is at least `minimumSide` (20 mm on labels) and its
/// modules at least 0.5 mm, so that the quiet zone is at least 2 mm. With a printer resolution, the
/// module is rounded up to a whole number of dots and the symbol starts on a dot.
struct QRPlacement {
    static let minimumModule = 0.5

    /// Module side in millimetres.
    let moduleSize: Double
    /// Top-left corner of the first module (inside the quiet zone).
    let symbolX: Double
    let symbolY: Double
    /// The symbol with its quiet zone.
    let quietZoneBox: LabelBox
    /// Module side in printer dots, when placed for a printer resolution.
    let dotsPerModule: Int?

    init(matrix: QRMatrix, slot: QRSlot, dotsPerInch: Int?, format: String) throws(LabelPrintError) {
        let modules = Double(matrix.sizeWithQuietZone)
        var module = max(slot.minimumSide / modules, Self.minimumModule)
        let dot = dotsPerInch.map { 25.4 / Double($0) }
        if let dot {
            let dots = (module / dot - 1e-9).rounded(.up)
            module = dots * dot
            dotsPerModule = Int(dots)
        } else {
            dotsPerModule = nil
        }
        let side = module * modules
        guard side <= slot.area.width + 1e-9 else {
            throw .qrDoesNotFit(format: format, requiredMillimetres: side, availableMillimetres: slot.area.width)
        }
        let snap = { (value: Double) in dot.map { ($0 * (value / $0).rounded()) } ?? value }
        let x = snap(slot.area.x + (slot.area.width - side) / 2)
        let y = snap(slot.area.y + (slot.area.height - side) / 2)
        moduleSize = module
        quietZoneBox = LabelBox(x: x, y: y, width: side, height: side)
        symbolX = x + Double(QRMatrix.quietZoneModules) * module
        symbolY = y + Double(QRMatrix.quietZoneModules) * module
    }

    /// The dark modules as one path of rectangles, one per horizontal run.
    func darkModulesPath(_ matrix: QRMatrix) -> [PathCommand] {
        matrix.darkRuns.flatMap { run in
            PathCommand.rectangle(LabelBox(
                x: symbolX + Double(run.column) * moduleSize, y: symbolY + Double(run.row) * moduleSize,
                width: Double(run.length) * moduleSize, height: moduleSize))
        }
    }
}
