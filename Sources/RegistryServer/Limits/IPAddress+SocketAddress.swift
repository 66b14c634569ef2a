import NIOCore

extension IPAddress {
    /// The address of a peer as NIO reports it, from its bytes (no text on the way); nil for a Unix
    /// domain socket.
    init?(_ address: SocketAddress) {
        switch address {
        case .v4(let v4):
            var bytes = v4.address.sin_addr
            self.init(bytes: withUnsafeBytes(of: &bytes) { Array($0) })
        case .v6(let v6):
            var bytes = v6.address.sin6_addr
            let all = withUnsafeBytes(of: &bytes) { Array($0) }
            self.init(bytes: all.prefix(12).elementsEqual(Self.mappedIPv4Prefix) ? Array(all.suffix(4)) : all)
        case .unixDomainSocket:
            return nil
        }
    }
}
