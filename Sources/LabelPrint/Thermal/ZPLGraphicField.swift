import CCairo

/// A line of text as a ZPL graphic field (`^GFA`), drawn by cairo at the printer's resolution in the
/// label's own typeface, so that a Zebra printer prints Chinese with no font loaded on it.
///
/// Rows are written in ZPL's compressed ASCII form: a repeat count before a hex digit (`G`–`Y` for 1–19,
/// `g`–`z` for 20–400), `,` for a row whose rest is white, `:` for a row like the one before.
enum ZPLGraphicField {
    /// The field's data (`^GFA,bytes,bytes,bytes per row,rows`) for `text` in `font` (its size in
    /// dots), `width` × `height` dots, the baseline at 88 % of the height as the layout places it.
    static func field(_ text: String, font: LabelFont, width: Int, height: Int, faces: CairoFaces) throws(LabelPrintError) -> String {
        let bitmap = try draw(text, font: font, width: width, height: height, faces: faces)
        return "^GFA,\(bitmap.bytes.count),\(bitmap.bytes.count),\(bitmap.bytesPerRow),\(compressed(bitmap))"
    }

    /// One bit per dot, 1 for ink, rows of `bytesPerRow` bytes from the top.
    struct Bitmap: Equatable {
        let bytesPerRow: Int
        let bytes: [UInt8]
    }

    static func draw(_ text: String, font: LabelFont, width: Int, height: Int, faces: CairoFaces) throws(LabelPrintError) -> Bitmap {
        let width = max(1, width), height = max(1, height)
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(clamping: width), Int32(clamping: height)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw .outputFailed(path: "cairo", reason: "no memory for a text field") }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface), cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            throw .outputFailed(path: "cairo", reason: "could not draw a text field")
        }
        faces.select(font, on: context)
        cairo_set_source_rgba(context, 0, 0, 0, 1)
        cairo_move_to(context, 0, Double(height) * 0.88)
        cairo_show_text(context, text)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let bytesPerRow = (width + 7) / 8
        var bytes = [UInt8](repeating: 0, count: bytesPerRow * height)
        guard let pixels = cairo_image_surface_get_data(surface) else { return Bitmap(bytesPerRow: bytesPerRow, bytes: bytes) }
        for row in 0..<height {
            for column in 0..<width where pixels[row * stride + column] >= 128 {
                bytes[row * bytesPerRow + column / 8] |= 0x80 >> UInt8(column % 8)
            }
        }
        return Bitmap(bytesPerRow: bytesPerRow, bytes: bytes)
    }

    /// The bitmap in ZPL's compressed ASCII hex form.
    static func compressed(_ bitmap: Bitmap) -> String {
        let digits = Array("0123456789ABCDEF")
        var output = ""
        var previous: [Character]?
        for start in stride(from: 0, to: bitmap.bytes.count, by: max(1, bitmap.bytesPerRow)) {
            let row = bitmap.bytes[start..<min(bitmap.bytes.count, start + bitmap.bytesPerRow)].flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] }
            defer { previous = row }
            if row == previous {
                output.append(":")
                continue
            }
            let inked = row.lastIndex { $0 != "0" }.map { $0 + 1 } ?? 0
            var index = 0
            while index < inked {
                let digit = row[index]
                var run = 1
                while index + run < inked, row[index + run] == digit { run += 1 }
                output += repeatCount(run) + String(digit)
                index += run
            }
            if inked < row.count { output.append(",") }
        }
        return output
    }

    /// ZPL's repeat count for `run` equal digits: none for 1, else `z` per 400, one of `g`–`y` for the
    /// twenties and one of `G`–`Y` for the rest.
    static func repeatCount(_ run: Int) -> String {
        guard run > 1 else { return "" }
        let letters = Array("GHIJKLMNOPQRSTUVWXY"), twenties = Array("ghijklmnopqrstuvwxy")
        var count = String(repeating: "z", count: run / 400)
        let rest = run % 400
        if rest / 20 > 0 { count.append(twenties[rest / 20 - 1]) }
        if rest % 20 > 0 { count.append(letters[rest % 20 - 1]) }
        return count
    }
}
