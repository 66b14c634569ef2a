/// The JSON body of a refused API request: `{"error": {"status", "code", "message", "messageEnglish"}}`.
struct APIErrorBody: Encodable {
    struct Detail: Encodable {
        let status: Int
        let code: String
        let message: String
        let messageEnglish: String
    }

    let error: Detail

    init(_ refusal: PublicError) {
        error = Detail(status: refusal.status.code, code: refusal.code, message: refusal.chinese, messageEnglish: refusal.english)
    }
}
