import Foundation

/// An objection raised during publicity (公示异议), and how it was resolved.
public struct Objection: Codable, Sendable, Hashable {
    public var id: Int
    public var raisedBy: String
    public var text: String
    public var raisedOn: Day
    public var resolution: Resolution?

    /// The decision on an objection.
    public struct Resolution: Codable, Sendable, Hashable {
        public var upheld: Bool
        public var by: String
        public var reason: String
        public var on: Day
    }

    public var isOpen: Bool { resolution == nil }
}
