import Foundation

/// `wrk` against a page of a test server on 127.0.0.1 for a fixed time. It runs for its whole time
/// (a child of the test runner has SIGINT blocked, so it cannot be stopped early to print its
/// summary); after the server stops it only meets refused connections, which it does not count.
struct WrkLoad {
    static let tool = "/usr/bin/wrk"
    /// The client hint the scan log stores for wrk's requests, which carry no User-Agent.
    static let clientHint = "127.0.0.0/16 none"
    let process: Process
    let seconds: Int
    private let output: Pipe

    /// Starts wrk with one thread and `connections` connections for `seconds`.
    init(_ url: URL, connections: Int, seconds: Int) throws {
        precondition(url.host == "127.0.0.1", "wrk loads this machine only")
        guard FileManager.default.isExecutableFile(atPath: Self.tool) else {
            throw CommandLineRunner.Failure(message: "wrk is not installed: run Scripts/setup")
        }
        self.seconds = seconds
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.tool)
        process.arguments = ["-t1", "-c\(connections)", "-d\(seconds)s", url.absoluteString]
        output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Waits for wrk to end (a minute past its time at most, then it is killed) and returns how many
    /// requests it had answered.
    func finish() async throws -> Int {
        let clock = ContinuousClock(), deadline = clock.now + .seconds(seconds + 60)
        while process.isRunning && clock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
        if process.isRunning { kill() }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // "  12345 requests in 3.00s, 45.6MB read"
        guard let line = text.split(separator: "\n").first(where: { $0.contains(" requests in ") }),
              let count = Int(line.split(separator: " ")[0]) else {
            throw CommandLineRunner.Failure(message: "no request count in wrk's output: \(text)")
        }
        return count
    }

    /// Stops wrk at once (SIGKILL: it cannot be blocked).
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }
}
