import CCairo
import Foundation

/// A PDF file being written by cairo, with user units in millimetres. Fonts are embedded as subsets.
final class PDFDocument {
    private static let pointsPerMillimetre = 72 / 25.4

    private let surface: OpaquePointer
    let context: OpaquePointer
    private let path: String

    init(url: URL, pageWidth: Double, pageHeight: Double, title: String) throws(LabelPrintError) {
        path = url.path
        guard let surface = cairo_pdf_surface_create(
            path, pageWidth * Self.pointsPerMillimetre, pageHeight * Self.pointsPerMillimetre),
            cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .outputFailed(path: url.path, reason: "cairo could not create the PDF")
        }
        guard let context = cairo_create(surface), cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .outputFailed(path: url.path, reason: "cairo could not create a drawing context")
        }
        self.surface = surface
        self.context = context
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "oxlabel")
        cairo_scale(context, Self.pointsPerMillimetre, Self.pointsPerMillimetre)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Ends the current page and starts the next.
    func endPage() { cairo_show_page(context) }

    /// Writes the rest of the file and reports any error cairo met while drawing or writing.
    func finish() throws(LabelPrintError) {
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS, cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            throw .outputFailed(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}
