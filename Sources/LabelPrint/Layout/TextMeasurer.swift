import CCairo

/// Measures text as cairo will draw it: the sum of the characters' advances (cairo's toy text API
/// neither kerns nor shapes), with metric hinting off so that widths scale with the font size.
final class TextMeasurer {
    private static let referenceSize = 100.0

    let faces = CairoFaces()
    private let surface: OpaquePointer
    private let context: OpaquePointer
    private var advances = [LabelFontFaceKey: [Character: Double]]()

    init() throws(LabelPrintError) {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1) else { throw .outputFailed(path: "cairo", reason: "no memory") }
        guard let context = cairo_create(surface), cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .outputFailed(path: "cairo", reason: "could not create a measuring context")
        }
        self.surface = surface
        self.context = context
        guard let options = cairo_font_options_create() else { return }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(context, options)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// The advance width of `text` in `font`, in the font size's units (millimetres).
    func width(of text: String, font: LabelFont) -> Double {
        let key = LabelFontFaceKey(typeface: font.typeface, bold: font.bold)
        var table = advances[key] ?? [:]
        defer { advances[key] = table }
        return font.size * text.reduce(0) { sum, character in
            if let advance = table[character] { return sum + advance }
            let advance = measure(character, font: font)
            table[character] = advance
            return sum + advance
        }
    }

    /// How far left of an anchor point text with `alignment` starts.
    func alignmentOffset(of text: String, font: LabelFont, alignment: TextSlot.Alignment) -> Double {
        switch alignment {
        case .left: 0
        case .center: width(of: text, font: font) / 2
        case .right: width(of: text, font: font)
        }
    }

    private func measure(_ character: Character, font: LabelFont) -> Double {
        faces.select(LabelFont(typeface: font.typeface, bold: font.bold, size: Self.referenceSize), on: context)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, String(character), &extents)
        return extents.x_advance / Self.referenceSize
    }
}
