import RegistryStore

/// How the staff console runs: its security policy, the bcrypt cost of new passwords, the largest
/// ordinary form it reads, the limits of evidence uploads, and whether its cookies demand HTTPS.
public struct ConsoleSettings: Sendable, Hashable {
    public var policy: ConsolePolicy
    /// log2 of bcrypt's rounds for new passwords (4–31).
    public var passwordCost: UInt8
    /// The largest URL-encoded form body, in bytes.
    public var formBytes: Int
    /// Adds `Secure` to the console's cookies; set it when a reverse proxy serves the console over HTTPS.
    public var secureCookies: Bool
    /// The largest evidence file, text field and upload request.
    public var uploads: UploadLimits

    public init(policy: ConsolePolicy = ConsolePolicy(), passwordCost: UInt8 = 12, formBytes: Int = 64 * 1024, secureCookies: Bool = false,
                uploads: UploadLimits = UploadLimits()) {
        self.policy = policy
        self.passwordCost = passwordCost
        self.formBytes = formBytes
        self.secureCookies = secureCookies
        self.uploads = uploads
    }
}
