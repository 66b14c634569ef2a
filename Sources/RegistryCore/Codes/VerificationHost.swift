/// The host name in printed verification URLs (configuration, e.g. `YB.YQ.GOV.CN`), kept in upper
/// case so that the whole URL stays in QR alphanumeric mode.
public struct VerificationHost: TextCode {
    /// The upper-case host, with a port when one was given.
    public let name: String

    /// Accepts a DNS name (letters, digits, hyphens, dots) with an optional `:port`.
    public init(parsing name: String) throws(CodeError) {
        let upper = name.uppercased()
        let parts = upper.split(separator: ":", omittingEmptySubsequences: false)
        let labels = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let labelsValid = labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
        let portValid = parts.count == 1 || (parts.count == 2 && UInt16(parts[1]) != nil)
        guard labelsValid, portValid, parts[0].count <= 253 else { throw .hostInvalid(name) }
        self.name = upper
    }

    public var description: String { name }
}
