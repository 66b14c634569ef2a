/// The square area a template gives its QR code, quiet zone included.
public struct QRSlot: Sendable, Hashable, Codable {
    /// The area; the symbol is centred in it.
    public let area: LabelBox
    /// Smallest side of symbol plus quiet zone, in millimetres (20 for labels).
    public let minimumSide: Double
    public let errorCorrection: QRErrorCorrection
}
