/// The labels a withdrawal reaches: a whole batch, a run of a batch's codes, or every batch of a
/// licence issued before a day.
public enum LabelTarget: Sendable, Hashable, CustomStringConvertible {
    case batch(String)
    case codes(batch: String, LabelCodeRange)
    case issuedBefore(licence: String, Day)

    public var description: String {
        switch self {
        case .batch(let number): number
        case .codes(let number, let codes): "\(number) \(codes)"
        case .issuedBefore(let licence, let day): "\(licence) < \(day)"
        }
    }
}
