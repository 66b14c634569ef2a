extension RateLimiter {
    /// Charges a look-up that found nothing (an unknown code or number, or a typo) to the client: a
    /// client without a token left is refused (429). Look-ups that find something are never charged.
    func chargeFruitlessLookup(by client: String) throws(PublicError) {
        if case .refused(let seconds) = spend(client) { throw .tooManyRequests(retryAfterSeconds: seconds) }
    }
}
