import Foundation

/// 标签: one serialized physical label, identified by its code.
public struct Label: Codable, Sendable, Hashable {
    public let code: LabelCode
    public let batchNumber: String
    public let state: LabelState
    /// When the label reached its state (nil while allocated).
    public let changedAt: Date?
    /// Why it was voided or destroyed, or the print job's reason for a reprint.
    public let reason: String?

    public init(code: LabelCode, batchNumber: String, state: LabelState, changedAt: Date?, reason: String?) {
        self.code = code
        self.batchNumber = batchNumber
        self.state = state
        self.changedAt = changedAt
        self.reason = reason
    }

    /// What the label's own state adds to the cascade: a voided or destroyed label is dead, whatever
    /// its batch and licence show.
    public var displayStatus: DisplayStatus {
        let since = changedAt.map(Day.init)
        return switch state {
        case .allocated, .printed: DisplayStatus(state: .valid, source: .label)
        case .voided: DisplayStatus(state: .voided, source: .label, since: since, reason: "标签已作废\(reason.map { "：\($0)" } ?? "")")
        case .destroyed: DisplayStatus(state: .voided, source: .label, since: since, reason: "标签已销毁\(reason.map { "：\($0)" } ?? "")")
        }
    }
}
