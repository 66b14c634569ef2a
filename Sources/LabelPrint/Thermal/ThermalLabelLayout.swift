/// One thermal label in printer dots, laid out from its template for printer languages (TSPL, ZPL)
/// whose printers draw the QR code and the text themselves.
///
/// A line that would run into the QR code or an earlier line, or off the label, is left out: TSPL's
/// built-in GB font has one size, larger than the smallest template text at 203 dpi, so long
/// Chinese text may end in "…" there.
struct ThermalLabelLayout {
    /// Top-left corner of the QR symbol (the printer adds no quiet zone; the layout keeps one clear).
    let qrX: Int
    let qrY: Int
    let dotsPerModule: Int
    let lines: [ThermalLine]

    /// Lays `content` out with the printer's `fonts`.
    init(content: LabelContent, qr: QRMatrix, template: LabelTemplate, resolution: ThermalResolution,
         fonts: ThermalFonts, measurer: TextMeasurer) throws(LabelPrintError) {
        let placement = try QRPlacement(matrix: qr, slot: template.qr, dotsPerInch: resolution.rawValue, format: template.format)
        let dotsPerModule = placement.dotsPerModule!
        let quietZone = placement.quietZoneBox
        var occupied = [(x: resolution.dots(quietZone.x), y: resolution.dots(quietZone.y),
                         width: resolution.dots(quietZone.width), height: resolution.dots(quietZone.height))]
        let labelWidth = resolution.dots(template.width), labelHeight = resolution.dots(template.height)
        let fitter = TextFitter(measurer: measurer)
        var lines = [ThermalLine]()
        for slot in template.texts {
            guard let text = slot.field.text(of: content).map({ slot.prefix + $0 }) else { continue }
            for line in Self.lines(text, slot: slot, fonts: fonts, resolution: resolution, fitter: fitter) {
                let box = (x: line.x, y: line.top, width: line.width, height: line.height)
                guard line.x >= 0, line.top >= 0, line.x + line.width <= labelWidth, line.top + line.height <= labelHeight,
                      !occupied.contains(where: line.overlaps) else { continue }
                occupied.append(box)
                lines.append(line)
            }
        }
        self.qrX = resolution.dots(placement.symbolX)
        self.qrY = resolution.dots(placement.symbolY)
        self.dotsPerModule = dotsPerModule
        self.lines = lines
    }

    private static func lines(
        _ text: String, slot: TextSlot, fonts: ThermalFonts, resolution: ThermalResolution, fitter: TextFitter
    ) -> [ThermalLine] {
        let top = { (baseline: Double, height: Int) in resolution.dots(baseline) - Int(Double(height) * 0.88) }
        switch fonts {
        case .bitmap(_, let latin) where text.allSatisfy(\.isASCII):
            let slotWidth = resolution.dots(slot.width)
            guard let font = latin.first(where: { $0.characterWidth * text.count <= slotWidth }) ?? latin.last else { return [] }
            let width = font.characterWidth * text.count
            let x = resolution.dots(slot.x) + (slot.alignment == .left ? 0 : slot.alignment == .center ? (slotWidth - width) / 2 : slotWidth - width)
            return [ThermalLine(text: text, fontName: font.name, font: LabelFont(typeface: slot.typeface, bold: slot.bold, size: Double(font.height)),
                                x: x, top: top(slot.baseline, font.height), width: width, height: font.height, reversed: slot.badge)]
        case .bitmap(let chinese, _):
            let sized = slot.fixed(fontSize: Double(chinese.height) / resolution.dotsPerMillimetre)
            return fitter.fit(text, in: sized).map { fitted in
                ThermalLine(text: fitted.text, fontName: chinese.name, font: LabelFont(typeface: slot.typeface, bold: slot.bold, size: Double(chinese.height)),
                            x: resolution.dots(fitted.x), top: top(fitted.baseline, chinese.height),
                            width: resolution.dots(fitted.width), height: chinese.height, reversed: slot.badge)
            }
        case .scalable(let name):
            return fitter.fit(text, in: slot).map { fitted in
                let height = resolution.dots(fitted.font.size)
                return ThermalLine(text: fitted.text, fontName: name, font: LabelFont(typeface: slot.typeface, bold: slot.bold, size: Double(height)),
                                   x: resolution.dots(fitted.x), top: top(fitted.baseline, height),
                                   width: resolution.dots(fitted.width), height: height, reversed: slot.badge)
            }
        }
    }

    /// Lays out every label of `batch` on a thermal `format`, encoding the QR codes on all cores, and
    /// reports progress.
    static func layouts(
        of batch: PrintBatch, format: LabelFormat, library: LabelLibrary, resolution: ThermalResolution,
        fonts: (LabelTemplate) -> ThermalFonts, progress: ((RenderProgress) -> Void)?
    ) throws(LabelPrintError) -> (template: LabelTemplate, layouts: [ThermalLabelLayout]) {
        guard format.isThermal else { throw .formatUnsupported(format.rawValue) }
        guard !batch.labels.isEmpty else { throw .emptyBatch }
        let template = library.template(for: format)
        let measurer = try TextMeasurer()
        var layouts = [ThermalLabelLayout]()
        layouts.reserveCapacity(batch.labels.count)
        let chunk = 256
        for start in stride(from: 0, to: batch.labels.count, by: chunk) {
            let labels = batch.labels[start..<min(batch.labels.count, start + chunk)]
            let matrices = try QRBatchEncoder.encode(labels.map(\.verificationURL), errorCorrection: template.qr.errorCorrection)
            for (label, matrix) in zip(labels, matrices) {
                layouts.append(try ThermalLabelLayout(
                    content: label, qr: matrix, template: template, resolution: resolution, fonts: fonts(template),
                    measurer: measurer))
            }
            progress?(RenderProgress(labelsDone: layouts.count, labelsTotal: batch.labels.count))
        }
        return (template, layouts)
    }
}
