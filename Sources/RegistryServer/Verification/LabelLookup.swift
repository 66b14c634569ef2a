import Foundation
import RegistryCore
import RegistryStore

/// Finds the label behind a scanned or typed code for its page or its API answer. A code no label has,
/// and a code whose check character is wrong (a typo, answered before any read), cost the client a
/// token of the unknown-lookup limiter (shared with licence and certificate numbers), and a client
/// without tokens is refused (429), so that codes cannot be enumerated. A label that exists is always
/// answered, whatever the client spent before.
struct LabelLookup: Sendable {
    let reads: RegistryReads
    let limiter: RateLimiter

    /// What a look-up found.
    enum Outcome {
        case found(LabelVerification)
        /// The code passed its check but no label has it.
        case unknown(LabelCode)
        /// The text is no code: wrong length, a character outside the alphabet, or a wrong check character.
        case unreadable(CodeError, typed: String)

        /// What a scan log records of it.
        var scanOutcome: LabelScan.Outcome {
            switch self {
            case .found(let verification): LabelScan.Outcome(verification.status.state)
            case .unknown: .notFound
            case .unreadable: .typo
            }
        }

        var code: LabelCode? {
            switch self {
            case .found(let verification): verification.label.code
            case .unknown(let code): code
            case .unreadable: nil
            }
        }
    }

    /// Looks up a code as typed or taken from a path (percent-encoded or not).
    func find(typed text: String, client: String) throws -> Outcome {
        let typed = Self.decoded(text)
        do {
            return try find(try LabelCode(parsing: typed), client: client)
        } catch let error as CodeError {
            return try unreadable(error, typed: typed, client: client)
        }
    }

    /// Looks up the label of a GS1 Digital Link path (`/01/<gtin>/10/<lot>/21/<code>` or
    /// `/01/<gtin>/21/<code>`), with the mismatch of the link's GTIN or lot against the label's batch; a
    /// malformed GTIN or lot makes the link unreadable too.
    func find(digitalLinkPath path: String, client: String) throws -> (outcome: Outcome, mismatch: DigitalLinkMismatch?) {
        do {
            let link = try GS1DigitalLink(path: path)
            let outcome = try find(link.code, client: client)
            guard case .found(let verification) = outcome else { return (outcome, nil) }
            return (outcome, DigitalLinkMismatch(link, batch: verification.batch))
        } catch let error as CodeError {
            let typed = path.split(separator: "/").last.map { String($0.prefix(64)) } ?? ""
            return (try unreadable(error, typed: typed.removingPercentEncoding ?? typed, client: client), nil)
        }
    }

    /// A text that is no code; a wrong check character is charged like an unknown code.
    private func unreadable(_ error: CodeError, typed: String, client: String) throws -> Outcome {
        if error == .labelCodeTypo { try limiter.chargeFruitlessLookup(by: client) }
        return .unreadable(error, typed: typed)
    }

    /// The label of a code as typed or taken from a path, without charging anything: nil when the text
    /// is no code or no label has it (the usual `find` then answers, and charges, as it does).
    func found(typed text: String) throws -> LabelVerification? {
        guard let code = try? LabelCode(parsing: Self.decoded(text)) else { return nil }
        return try reads.registry.verification(of: code)
    }

    /// A typed or path text percent-decoded (when it has a `%`) and cut to 64 characters.
    private static func decoded(_ text: String) -> String {
        let decoded = text.utf8.contains(UInt8(ascii: "%")) ? text.removingPercentEncoding ?? text : text
        return decoded.utf8.count <= 64 ? decoded : String(decoded.prefix(64))
    }

    /// Looks up a parsed code.
    func find(_ code: LabelCode, client: String) throws -> Outcome {
        guard let found = try reads.registry.verification(of: code) else {
            try limiter.chargeFruitlessLookup(by: client)
            return .unknown(code)
        }
        return .found(found)
    }
}
