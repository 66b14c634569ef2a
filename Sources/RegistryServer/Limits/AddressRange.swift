/// A network in CIDR notation (`10.0.0.0/8`, `2001:db8::/32`, or one address without a length), for
/// `serve --trusted-proxy` and `--metrics-from`.
public struct AddressRange: Hashable, Sendable, CustomStringConvertible {
    public let network: IPAddress
    public let prefixLength: Int

    /// Reads a range, refusing what is not one with a sentence in both languages.
    public init(parsing text: String) throws(AddressRangeError) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(parts[0]) else { throw .unreadable(text) }
        let bits = address.bytes.count * 8
        var length = bits
        if parts.count == 2 {
            guard (1...3).contains(parts[1].utf8.count), parts[1].utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                  let value = Int(parts[1]), value <= bits else { throw .badLength(text, maximum: bits) }
            length = value
        }
        guard address.masked(to: length) == address else { throw .hostBitsSet(text, network: "\(address.masked(to: length))/\(length)") }
        network = address
        prefixLength = length
    }

    /// Whether an address lies in the range; an IPv4 address is never in an IPv6 range, nor the reverse.
    public func contains(_ address: IPAddress) -> Bool {
        address.bytes.count == network.bytes.count && address.masked(to: prefixLength) == network
    }

    public var description: String { "\(network)/\(prefixLength)" }

    /// 127.0.0.0/8 and ::1: the machine itself.
    public static let loopback: [AddressRange] = [AddressRange(trusted: [127, 0, 0, 0], 8), AddressRange(trusted: Array(repeating: 0, count: 15) + [1], 128)]

    private init(trusted bytes: [UInt8], _ length: Int) {
        network = IPAddress(bytes: bytes)
        prefixLength = length
    }
}

/// Why a text is no address range.
public enum AddressRangeError: Error, Equatable, Sendable {
    case unreadable(String)
    case badLength(String, maximum: Int)
    case hostBitsSet(String, network: String)

    public var chinese: String {
        switch self {
        case .unreadable(let text): "「\(text.prefix(60))」不是 IP 地址或网段，应形如 10.0.0.0/8 或 2001:db8::/32"
        case .badLength(let text, let maximum): "「\(text.prefix(60))」的前缀长度应为 0–\(maximum) 的整数"
        case .hostBitsSet(let text, let network): "「\(text.prefix(60))」的主机位不为零，网段应写作 \(network)"
        }
    }

    public var english: String {
        switch self {
        case .unreadable(let text): "\"\(text.prefix(60))\" is no IP address or network; expected a form like 10.0.0.0/8 or 2001:db8::/32"
        case .badLength(let text, let maximum): "the prefix length of \"\(text.prefix(60))\" must be a whole number 0–\(maximum)"
        case .hostBitsSet(let text, let network): "\"\(text.prefix(60))\" has host bits set; write the network as \(network)"
        }
    }
}
