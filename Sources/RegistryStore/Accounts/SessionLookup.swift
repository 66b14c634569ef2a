/// What reading a console session finds, before anything is written (`lookUpSession`).
public enum SessionLookup: Sendable {
    /// A live session seen within the last minute, with no message waiting: used as it is, nothing written.
    case live(session: ConsoleSession, account: StaffAccount)
    /// A stored session that resuming changes: its last-seen time is due, a message waits, or it has ended.
    case stale
    /// No session has this id.
    case unknown
}
