import CCairo

/// A `LabelCanvas` over a cairo context whose user units are millimetres.
final class CairoCanvas: LabelCanvas {
    private let context: OpaquePointer
    private let measurer: TextMeasurer
    /// The mark recorded once, so that PDF output holds it once as a form and every label refers to it.
    private var recordedMark: OpaquePointer?

    init(context: OpaquePointer, measurer: TextMeasurer) {
        self.context = context
        self.measurer = measurer
    }

    deinit {
        if let recordedMark { cairo_surface_destroy(recordedMark) }
    }

    func fill(_ path: [PathCommand], color: RGBColor, evenOdd: Bool) {
        trace(path)
        cairo_set_source_rgb(context, color.red, color.green, color.blue)
        cairo_set_fill_rule(context, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        cairo_fill(context)
    }

    func stroke(_ path: [PathCommand], color: RGBColor, width: Double) {
        trace(path)
        cairo_set_source_rgb(context, color.red, color.green, color.blue)
        cairo_set_line_width(context, width)
        cairo_stroke(context)
    }

    func text(_ text: String, x: Double, baseline: Double, font: LabelFont, color: RGBColor) {
        measurer.faces.select(font, on: context)
        cairo_set_source_rgb(context, color.red, color.green, color.blue)
        cairo_move_to(context, x, baseline)
        cairo_show_text(context, text)
        cairo_new_path(context)
    }

    func mark(_ artwork: MarkArtwork, in box: LabelBox) {
        guard let recording = recordedMark ?? record(artwork) else {
            drawMarkElements(artwork, in: box, measurer: measurer)
            return
        }
        recordedMark = recording
        let scale = min(box.width / artwork.viewBoxWidth, box.height / artwork.viewBoxHeight)
        cairo_save(context)
        cairo_translate(context, box.x + (box.width - artwork.viewBoxWidth * scale) / 2,
                        box.y + (box.height - artwork.viewBoxHeight * scale) / 2)
        cairo_scale(context, scale, scale)
        cairo_set_source_surface(context, recording, 0, 0)
        cairo_paint(context)
        cairo_restore(context)
    }

    /// Draws the modules as a 1-bit stencil, one pixel per module, scaled with nearest-neighbour
    /// sampling: PDF output holds a small image mask with exact module edges instead of hundreds of
    /// rectangles. Falls back to the rectangles if cairo cannot allocate the stencil.
    func modules(of qr: QRMatrix, at placement: QRPlacement) {
        guard let stencil = cairo_image_surface_create(CAIRO_FORMAT_A1, Int32(qr.size), Int32(qr.size)),
              cairo_surface_status(stencil) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(stencil) else {
            fill(placement.darkModulesPath(qr), color: .black, evenOdd: false)
            return
        }
        defer { cairo_surface_destroy(stencil) }
        cairo_surface_flush(stencil)
        let wordsPerRow = Int(cairo_image_surface_get_stride(stencil)) / 4
        let words = UnsafeMutableRawPointer(data).bindMemory(to: UInt32.self, capacity: wordsPerRow * qr.size)
        for run in qr.darkRuns {
            for column in run.column..<(run.column + run.length) {
                let bit = column % 32
                words[run.row * wordsPerRow + column / 32] |= 1 << UInt32(Self.firstPixelIsLeastSignificant ? bit : 31 - bit)
            }
        }
        cairo_surface_mark_dirty(stencil)
        guard let pattern = cairo_pattern_create_for_surface(stencil) else { return }
        defer { cairo_pattern_destroy(pattern) }
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST)
        cairo_save(context)
        cairo_translate(context, placement.symbolX, placement.symbolY)
        cairo_scale(context, placement.moduleSize, placement.moduleSize)
        cairo_set_source_rgb(context, 0, 0, 0)
        cairo_mask(context, pattern)
        cairo_restore(context)
    }

    /// cairo packs A1 pixels into 32-bit words in the platform's bit order.
    private static let firstPixelIsLeastSignificant = UInt32(1).littleEndian == 1

    /// Runs `draw` with the origin moved to `x`, `y`.
    func translated<Failure: Error>(x: Double, y: Double, _ draw: () throws(Failure) -> Void) throws(Failure) {
        cairo_save(context)
        defer { cairo_restore(context) }
        cairo_translate(context, x, y)
        try draw()
    }

    private func record(_ artwork: MarkArtwork) -> OpaquePointer? {
        var extents = cairo_rectangle_t(x: 0, y: 0, width: artwork.viewBoxWidth, height: artwork.viewBoxHeight)
        guard let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents) else { return nil }
        guard let recordingContext = cairo_create(surface), cairo_status(recordingContext) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            return nil
        }
        defer { cairo_destroy(recordingContext) }
        CairoCanvas(context: recordingContext, measurer: measurer).drawMarkElements(
            artwork, in: LabelBox(x: 0, y: 0, width: artwork.viewBoxWidth, height: artwork.viewBoxHeight), measurer: measurer)
        return surface
    }

    private func trace(_ path: [PathCommand]) {
        cairo_new_path(context)
        for command in path {
            switch command {
            case .move(let x, let y): cairo_move_to(context, x, y)
            case .line(let x, let y): cairo_line_to(context, x, y)
            case .curve(let x1, let y1, let x2, let y2, let x, let y): cairo_curve_to(context, x1, y1, x2, y2, x, y)
            case .close: cairo_close_path(context)
            }
        }
    }
}
