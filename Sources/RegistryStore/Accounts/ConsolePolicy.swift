import Foundation

/// The console's security numbers in one place: lock-out after failed logins, and how long a session
/// lives while idle and at most.
public struct ConsolePolicy: Sendable, Hashable {
    /// Failed logins in a row that lock an account.
    public var maxFailedLogins: Int
    /// How long a lock-out lasts.
    public var lockout: TimeInterval
    /// A session unused this long is ended.
    public var idleTimeout: TimeInterval
    /// A session ends this long after login, however busy.
    public var sessionLifetime: TimeInterval
    /// A request records that its session was seen (a write) only when the recorded time is older than
    /// this; other requests only read the session.
    public var lastSeenInterval: TimeInterval
    /// The shortest password accepted.
    public var minimumPasswordLength: Int

    public init(maxFailedLogins: Int = 5, lockout: TimeInterval = 15 * 60, idleTimeout: TimeInterval = 30 * 60,
                sessionLifetime: TimeInterval = 12 * 3600, lastSeenInterval: TimeInterval = 60, minimumPasswordLength: Int = 10) {
        self.maxFailedLogins = maxFailedLogins
        self.lockout = lockout
        self.idleTimeout = idleTimeout
        self.sessionLifetime = sessionLifetime
        self.lastSeenInterval = lastSeenInterval
        self.minimumPasswordLength = minimumPasswordLength
    }
}
