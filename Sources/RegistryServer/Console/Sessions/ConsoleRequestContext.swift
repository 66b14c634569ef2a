import Hummingbird

/// The context of one console request: the public context's storage and client, and the
/// signed-in member of staff once `ConsoleSessionMiddleware` has found the session.
struct ConsoleRequestContext: ChildRequestContext {
    var coreContext: CoreRequestContextStorage
    let clientAddress: String
    /// What the login throttle counts as one client (`PublicRequestContext.clientKey`).
    let clientKey: String
    /// The member of staff whose session cookie came with the request, if any.
    var staff: SignedInStaff?

    init(context: PublicRequestContext) throws {
        coreContext = context.coreContext
        clientAddress = context.clientAddress
        clientKey = context.clientKey
    }
}
