import Foundation
import HTTPTypes

/// Who a request comes from, for the rate limits and the scan log's client hint. For a peer outside
/// the trusted proxies, the peer itself. For a peer inside them, `X-Forwarded-For` is read from the
/// right (each proxy appends the address it received from): the client is the right-most address that
/// is not a trusted proxy, so entries a client wrote itself on the left are never believed. An
/// unreadable entry ends the walk and the client is then the peer; when every entry is a trusted
/// proxy, the client is the left-most.
struct ClientIdentity: Sendable {
    /// The proxies whose `X-Forwarded-For` is believed.
    let trustedProxies: [AddressRange]
    /// The most entries read from the right of `X-Forwarded-For`.
    static let maxForwardedEntries = 32

    /// The client of a request from `peer`.
    func client(peer: IPAddress?, headers: HTTPFields) -> IPAddress? {
        guard let peer, isTrusted(peer) else { return peer }
        let entries = headers[values: .xForwardedFor].flatMap { $0.split(separator: ",") }.suffix(Self.maxForwardedEntries)
        var client = peer
        for entry in entries.reversed() {
            guard let address = Self.address(entry) else { return peer }
            client = address
            if !isTrusted(address) { return address }
        }
        return client
    }

    private func isTrusted(_ address: IPAddress) -> Bool {
        trustedProxies.contains { $0.contains(address) }
    }

    /// An entry's address: bare, IPv4 with a port, or IPv6 in brackets with or without a port.
    static func address(_ entry: Substring) -> IPAddress? {
        let trimmed = Substring(entry.trimmingCharacters(in: .whitespaces))
        if trimmed.hasPrefix("[") {
            guard let close = trimmed.firstIndex(of: "]") else { return nil }
            let rest = trimmed[trimmed.index(after: close)...]
            guard rest.isEmpty || Self.isPort(rest.dropFirst()) && rest.hasPrefix(":") else { return nil }
            return IPAddress(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
        }
        let colons = trimmed.filter { $0 == ":" }.count
        if colons == 1, let colon = trimmed.firstIndex(of: ":") {
            guard isPort(trimmed[trimmed.index(after: colon)...]) else { return nil }
            return IPAddress(trimmed[..<colon])
        }
        return IPAddress(trimmed)
    }

    private static func isPort(_ text: Substring) -> Bool {
        (1...5).contains(text.utf8.count) && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            && Int(text).map { $0 <= 65_535 } == true
    }
}

extension HTTPField.Name {
    /// The addresses a request passed through, appended by each proxy.
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
