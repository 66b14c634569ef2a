import Foundation

/// One look-up of a label's verification page: when, which code, a coarse hint of who (a network
/// prefix and a browser family, never an address or a person) and what the page showed.
public struct LabelScan: Sendable, Hashable {
    /// What the page showed.
    public enum Outcome: String, Codable, Sendable, CaseIterable {
        case valid, suspended, expired, surrendered, revoked, voided
        /// The code passed its check but no label has it.
        case notFound
        /// The code did not pass its check character: a typo, not a label.
        case typo

        /// The outcome of a page that showed a label's status.
        public init(_ state: DisplayStatus.State) {
            self = Outcome(rawValue: state.rawValue)!
        }
    }

    /// The code looked up; nil when the text typed was no code.
    public let code: LabelCode?
    public let at: Date
    /// A coarse client hint such as `203.0.0.0/16 WeChat`, at most 64 characters.
    public let client: String
    public let outcome: Outcome

    public init(code: LabelCode?, at: Date, client: String, outcome: Outcome) {
        self.code = code
        self.at = at
        self.client = client.utf8.count <= 64 ? client : String(client.prefix(64))
        self.outcome = outcome
    }
}
