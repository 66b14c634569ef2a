import Foundation

/// An IPv4 or IPv6 address as its bytes (4 or 16), read with the C library's own parser. An IPv6
/// address that maps an IPv4 one (`::ffff:192.0.2.1`) is read as the IPv4 address, as a dual-stack
/// socket reports IPv4 peers that way.
public struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    /// Reads a dotted IPv4 or a textual IPv6 address (no brackets, port or zone); nil for anything else.
    public init?(_ text: some StringProtocol) {
        let text = String(text)
        guard !text.isEmpty, text.utf8.count <= 45,
              text.utf8.allSatisfy({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || ($0 < 0x80 && Character(Unicode.Scalar($0)).isHexDigit) })
        else { return nil }
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            bytes = withUnsafeBytes(of: &v4) { Array($0) }
            return
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let all = withUnsafeBytes(of: &v6) { Array($0) }
        bytes = all.prefix(12).elementsEqual(Self.mappedIPv4Prefix) ? Array(all.suffix(4)) : all
    }

    /// The first 12 bytes of an IPv6 address that maps an IPv4 one.
    static let mappedIPv4Prefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isIPv4: Bool { bytes.count == 4 }

    /// The address in its canonical text (`192.0.2.1`, `2001:db8::1`).
    public var description: String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        var copy = bytes
        let family = isIPv4 ? AF_INET : AF_INET6
        guard inet_ntop(family, &copy, &text, socklen_t(text.count)) != nil else { return "unknown" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The address with every bit after the first `length` cleared.
    func masked(to length: Int) -> IPAddress {
        IPAddress(bytes: bytes.enumerated().map { position, byte in
            let kept = min(8, max(0, length - position * 8))
            return kept == 8 ? byte : byte & ~(UInt8(0xFF) >> kept)
        })
    }

    /// What a rate limit counts as one client: an IPv4 address, or an IPv6 address's /64 network
    /// (one household or phone gets a whole /64 and can pick any address in it).
    public var clientKey: String {
        isIPv4 ? description : "\(masked(to: 64))/64"
    }
}
