/// A request the registry declines, as opposed to a fault: something missing, in conflict with the
/// registry's state, or invalid, with its kind and its reason in both languages. A refusal is shown
/// beside the field or as a page with the status its kind gives; everything else that is thrown is a
/// fault, logged and shown as a plain apology.
public protocol Refusal: UserFacingError {
    var kind: RefusalKind { get }
}
