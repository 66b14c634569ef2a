import CQRencode

/// QR error-correction level: M for labels printed on office printers, Q for thermal rolls that
/// rub and fade.
public enum QRErrorCorrection: String, Sendable, Codable, CaseIterable {
    case low = "L"
    case medium = "M"
    case quartile = "Q"
    case high = "H"

    var libqrencodeLevel: QRecLevel {
        switch self {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
    }
}
