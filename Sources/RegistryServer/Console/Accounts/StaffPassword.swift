import HummingbirdBcrypt
import NIOPosix
import RegistryCore
import RegistryStore

/// Staff passwords: what is accepted, and bcrypt hashing and checking (slow on purpose, so hashing runs
/// on NIO's blocking thread pool and the service checks on a bounded pool of its own).
public enum StaffPassword {
    /// The field a password is typed in.
    public static let field = FieldName("密码", "password")
    /// bcrypt reads at most 72 bytes; a longer password would be silently cut.
    static let maxBytes = 72

    /// The password if acceptable: long enough, at most 72 bytes, no control characters.
    public static func validated(_ password: String, policy: ConsolePolicy) throws(FieldError) -> String {
        guard !password.isEmpty else { throw .empty(field: field) }
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .controlCharacters(field: field)
        }
        guard password.count >= policy.minimumPasswordLength else {
            throw .invalid(field: field, chinese: "至少需要 \(policy.minimumPasswordLength) 个字符",
                           english: "must be at least \(policy.minimumPasswordLength) characters")
        }
        guard password.utf8.count <= maxBytes else {
            throw .invalid(field: field, chinese: "过长：最多 \(maxBytes) 字节", english: "must be at most \(maxBytes) bytes")
        }
        return password
    }

    /// The bcrypt hash of a password, at a cost clamped to bcrypt's range 4–31.
    public static func hash(_ password: String, cost: UInt8) async throws -> String {
        let cost = min(max(cost, 4), 31)
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether a password matches a hash, checked on `pool` (which throws `WorkPool.Full` when full).
    static func verify(_ password: String, hash: String, on pool: WorkPool) async throws -> Bool {
        guard password.utf8.count <= maxBytes else { return false }
        return try await pool.run { Bcrypt.verify(password, hash: hash) }
    }

    /// A hash no password matches in practice, at the cost new passwords get, checked against when the
    /// account does not exist so that a wrong name takes as long as a wrong password.
    static func decoy(cost: UInt8) -> String {
        Bcrypt.hash("oxlabel-decoy-\(SessionToken.make())", cost: min(max(cost, 4), 31))
    }
}
