/// The QR code of a report's live page (libqrencode, level M) in a fixed square with its quiet zone,
/// placed as a label's is and drawn the same way in the PDF and the HTML page.
struct ReportQRCode {
    /// The side of the symbol with its quiet zone, in millimetres.
    static let side = 24.0

    let matrix: QRMatrix

    init(url: String) throws(LabelPrintError) {
        matrix = try QRMatrix(encoding: url, errorCorrection: .medium)
    }

    /// Draws the symbol in the square whose top-left corner is `x`, `y`.
    func draw(at x: Double, _ y: Double, on canvas: some LabelCanvas) throws(LabelPrintError) {
        let area = LabelBox(x: x, y: y, width: Self.side, height: Self.side)
        let placement = try QRPlacement(matrix: matrix, slot: QRSlot(area: area, minimumSide: Self.side, errorCorrection: matrix.errorCorrection),
                                        dotsPerInch: nil, format: "report")
        canvas.modules(of: matrix, at: placement)
    }
}
