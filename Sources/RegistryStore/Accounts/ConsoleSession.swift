import Foundation

/// A signed-in console session as stored: whose it is, its CSRF token, its age and a message kept for
/// the next page (after a form's redirect).
public struct ConsoleSession: Sendable, Hashable {
    public let accountName: String
    /// The token every form of this session carries in its `_csrf` field.
    public let csrfToken: String
    public let createdAt: Date
    public let lastSeenAt: Date
    /// The message for the next page, taken (and cleared) when the session is resumed.
    public let flash: String?

    /// Whether the session has ended by `date`: unused longer than the idle limit since its recorded
    /// last-seen time, or older than a session may live.
    public func hasEnded(at date: Date, policy: ConsolePolicy) -> Bool {
        date.timeIntervalSince(lastSeenAt) > policy.idleTimeout || date.timeIntervalSince(createdAt) > policy.sessionLifetime
    }
}
