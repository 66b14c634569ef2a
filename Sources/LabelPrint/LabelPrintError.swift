import RegistryCore

/// Errors of label rendering, each readable by a person.
public enum LabelPrintError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libqrencode could not encode the text (too long for any version, or out of memory).
    case qrEncodingFailed(String)
    /// The QR code, quiet zone included, needs more room than the template's QR area.
    case qrDoesNotFit(format: String, requiredMillimetres: Double, availableMillimetres: Double)
    /// A template or artwork file could not be read.
    case fileUnreadable(path: String, reason: String)
    /// A template or artwork file was read but does not describe a valid layout.
    case templateInvalid(path: String, reason: String)
    /// The format named has no template in the library, or the renderer asked cannot print it.
    case formatUnsupported(String)
    /// The format is made for another kind of subject (a door plaque for a product batch).
    case formatNotForKind(format: String, kind: SubjectKind)
    /// The chosen output cannot be written.
    case outputFailed(path: String, reason: String)
    /// A batch with no label was given to a renderer.
    case emptyBatch
    /// Text cannot be converted to the printer's character set.
    case textNotEncodable(String, encoding: String)

    public var description: String {
        switch self {
        case .qrEncodingFailed(let text):
            "The QR code for \"\(text)\" could not be generated."
        case .qrDoesNotFit(let format, let required, let available):
            "The QR code needs \(Self.millimetres(required)) but format \(format) has room for \(Self.millimetres(available)); use a shorter URL or a larger format."
        case .fileUnreadable(let path, let reason):
            "\(path) could not be read: \(reason)."
        case .templateInvalid(let path, let reason):
            "\(path) is not a valid label template: \(reason)."
        case .formatUnsupported(let format):
            "Format \(format) is not available for this output."
        case .formatNotForKind(let format, let kind):
            "格式 \(format) 不适用于\(kind.chinese)的标签 | Format \(format) is not for labels of a \(kind.rawValue)."
        case .outputFailed(let path, let reason):
            "\(path) could not be written: \(reason)."
        case .emptyBatch:
            "There is no label to print."
        case .textNotEncodable(let text, let encoding):
            "\"\(text)\" cannot be printed in \(encoding)."
        }
    }

    private static func millimetres(_ value: Double) -> String {
        "\((value * 10).rounded() / 10) mm"
    }
}
