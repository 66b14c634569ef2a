import Foundation

/// A plain TCP connection to the service on 127.0.0.1, for what an HTTP client will not send: a body
/// cut short, a malformed chunked body, bytes that trickle in, connections left idle. Reads wait at most
/// `timeout` seconds, so a test that would hang fails instead (long enough for a machine busy with other
/// tests: no test waits for it unless something is wrong), and wait on a thread of their own, so that a
/// service in the same process keeps the concurrency pool's threads for its own work and no read waits
/// behind other tests' work for a shared thread.
public final class RawConnection: @unchecked Sendable {
    private let socket: Int32

    public init(port: Int, timeout: Int = 300) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure("socket() failed") }
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure("connect() failed")
        }
    }

    deinit { close(socket) }

    /// Sends text as it is.
    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Ends the sending side: the server sees the request end where it is.
    public func finishSending() {
        shutdown(socket, Int32(SHUT_WR))
    }

    /// Everything the server sends until it closes the connection (or the read times out: then nil).
    public func readToEnd() async -> String? {
        await offThePool { self.blockingReadToEnd() }
    }

    private func blockingReadToEnd() -> String? {
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { return String(decoding: received, as: UTF8.self) }
            if count < 0 { return errno == ECONNRESET ? String(decoding: received, as: UTF8.self) : nil }
            received += buffer.prefix(count)
        }
    }

    /// What the server has sent so far, at least one byte (nil when it closed or the read timed out).
    public func readSome() async -> String? {
        await offThePool { self.blockingReadSome() }
    }

    private func blockingReadSome() -> String? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = recv(socket, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : nil
    }

    /// The status code of one GET of `path` with `headers` on a connection of its own, which the server
    /// closes after answering.
    public static func status(ofGet path: String, port: Int, headers: [(String, String)] = []) async throws -> Int? {
        let connection = try RawConnection(port: port)
        let fields = headers.map { "\($0.0): \($0.1)\r\n" }.joined()
        connection.send("GET \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\(fields)\r\n")
        return await connection.status()
    }

    /// The status code of the first answer on the connection, read until the server closes it.
    public func status() async -> Int? {
        guard let text = await readToEnd(), text.hasPrefix("HTTP/1.1 ") else { return nil }
        return Int(text.dropFirst(9).prefix(3))
    }

    private func offThePool<T: Sendable>(_ read: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: read()) }.start()
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }
}
