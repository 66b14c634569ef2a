import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `wrk` against a page of a test server on 127.0.0.1, for at most `seconds`, stopped earlier with
/// SIGINT, on which it prints its summary. It is spawned with no signal blocked: the test runner's
/// threads block SIGINT, and a child would inherit that mask.
struct WrkLoad {
    static let tool = "/usr/bin/wrk"
    /// The client hint the scan log stores for wrk's requests, which carry no User-Agent.
    static let clientHint = "127.0.0.0/16 none"
    let pid: pid_t
    /// The read end of wrk's standard output.
    private let output: FileHandle

    /// Starts wrk with one thread and `connections` connections for at most `seconds`.
    init(_ url: URL, connections: Int, seconds: Int) throws {
        precondition(url.host == "127.0.0.1", "wrk loads this machine only")
        guard FileManager.default.isExecutableFile(atPath: Self.tool) else {
            throw CommandLineRunner.Failure(message: "wrk is not installed: run Scripts/setup")
        }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw CommandLineRunner.Failure(message: "no pipe for wrk") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let arguments = [Self.tool, "-t1", "-c\(connections)", "-d\(seconds)s", url.absoluteString].map { text in text.withCString { strdup($0) } } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Self.tool, &actions, &attributes, arguments, environ)
        close(ends[1])
        guard spawned == 0 else {
            close(ends[0])
            throw CommandLineRunner.Failure(message: "wrk could not start: \(spawned)")
        }
        self.pid = pid
        output = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
    }

    /// Stops wrk with SIGINT and returns how many requests it had answered.
    func stop() throws -> Int {
        Glibc.kill(pid, SIGINT)
        let text = String(decoding: output.readDataToEndOfFile(), as: UTF8.self)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        // "  12345 requests in 3.00s, 45.6MB read"
        guard let line = text.split(separator: "\n").first(where: { $0.contains(" requests in ") }),
              let count = Int(line.split(separator: " ")[0]) else {
            throw CommandLineRunner.Failure(message: "no request count in wrk's output: \(text)")
        }
        return count
    }

    /// Ends wrk at once, if it still runs (for a test that failed before `stop`).
    func kill() {
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == 0 else { return }
        Glibc.kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
    }
}
