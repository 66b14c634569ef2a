/// What kind of refusal an error is; the service turns it into an HTTP status in one place.
public enum RefusalKind: Sendable, Hashable {
    /// The record or page asked for does not exist.
    case notFound
    /// The registry's state does not allow the action (a duplicate, a state that forbids it, a quota).
    case conflict
    /// What was typed or sent is not acceptable (a malformed code, an empty field, a date out of range).
    case invalid
}
