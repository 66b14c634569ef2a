/// The labels of one batch an action is for: codes listed one by one, or a run from one code to another.
public enum LabelSelection: Sendable, Hashable, CustomStringConvertible {
    case codes([LabelCode])
    case run(LabelCodeRange)

    public var description: String {
        switch self {
        case .codes(let codes): codes.map { $0.grouped() }.joined(separator: ", ")
        case .run(let range): range.description
        }
    }
}
