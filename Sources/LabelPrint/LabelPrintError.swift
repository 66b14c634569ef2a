/// Errors of label rendering, each readable by a person.
public enum LabelPrintError: Error, Sendable, Equatable {
    case qrEncodingFailed(String)
}
