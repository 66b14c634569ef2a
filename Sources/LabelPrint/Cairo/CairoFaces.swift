import CCairo

/// The cairo font faces for each `Typeface` and weight, created once and named explicitly so that
/// fontconfig picks the CJK family (and cairo embeds a subset of it in PDF output).
final class CairoFaces {
    private var faces = [LabelFontFaceKey: OpaquePointer]()

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
    }

    /// The face for `font`; cairo's toy face creation never returns null (it returns an error face).
    func face(for font: LabelFont) -> OpaquePointer {
        let key = LabelFontFaceKey(typeface: font.typeface, bold: font.bold)
        if let face = faces[key] { return face }
        let face = cairo_toy_font_face_create(
            font.typeface.family, CAIRO_FONT_SLANT_NORMAL, font.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)!
        faces[key] = face
        return face
    }

    /// Selects `font` on `context`.
    func select(_ font: LabelFont, on context: OpaquePointer) {
        cairo_set_font_face(context, face(for: font))
        cairo_set_font_size(context, font.size)
    }
}

/// A typeface and weight: what distinguishes one cairo font face from another.
struct LabelFontFaceKey: Hashable {
    let typeface: Typeface
    let bold: Bool
}
