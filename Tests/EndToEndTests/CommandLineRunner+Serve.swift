import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension CommandLineRunner {
    /// A running `oxlabel serve` on 127.0.0.1.
    struct Server {
        let process: Process
        let port: Int

        /// The address of a path on this server.
        func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

        /// The body and status of a GET.
        func get(_ path: String) async throws -> (body: Data, status: Int, response: HTTPURLResponse) {
            let (body, response) = try await URLSession.shared.data(from: url(path))
            guard let http = response as? HTTPURLResponse else { throw Failure(message: "no HTTP answer for \(path)") }
            return (body, http.statusCode, http)
        }

        /// Sends `signal` and waits up to `limit` for the server to exit; a server still running then
        /// is killed and the wait fails.
        func stop(with signal: Int32, within limit: Duration = .seconds(60)) async throws {
            kill(process.processIdentifier, signal)
            let clock = ContinuousClock(), deadline = clock.now + limit
            while process.isRunning && clock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
            guard !process.isRunning else {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw Failure(message: "oxlabel serve did not exit within \(limit) of signal \(signal)")
            }
            process.waitUntilExit()
        }
    }

    /// Starts `oxlabel serve` (with `extra` arguments, its standard output to `output`, its standard error to
    /// the file `errors` when given) on a free port in 30,000–39,999 and waits (up to a minute, the machine
    /// may be busy) until `/healthz` answers.
    func serve(_ extra: [String] = [], output: FileHandle = .nullDevice, errors: URL? = nil) async throws -> Server {
        for _ in 1...3 {
            let port = Int.random(in: 30_000...39_999)
            let running = Server(process: try start(["serve", "--port", String(port)] + extra, output: output, errors: errors), port: port)
            let clock = ContinuousClock(), deadline = clock.now + .seconds(60)
            while running.process.isRunning && clock.now < deadline {
                if let answer = try? await running.get("/healthz"), answer.status == 200 { return running }
                try await Task.sleep(for: .milliseconds(100))
            }
            if running.process.isRunning { try await running.stop(with: SIGKILL) }
        }
        throw Failure(message: "oxlabel serve did not start")
    }

    /// The scan log beside the registry.
    var scanLogPath: String { dataPath + ".scans.sqlite" }

    /// The scans stored in the scan log, per client hint: how many, and the latest time in ms since 1970.
    func storedScans() throws -> [String: (count: Int, latestMs: Int64)] {
        let text = try Self.tool("/usr/bin/sqlite3", ["-separator", "|", scanLogPath, "SELECT client, COUNT(*), MAX(at_ms) FROM scans GROUP BY client"])
        var scans: [String: (count: Int, latestMs: Int64)] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "|")
            guard fields.count == 3, let count = Int(fields[1]), let latest = Int64(fields[2]) else { throw Failure(message: "unreadable scan count \(line)") }
            scans[String(fields[0])] = (count, latest)
        }
        return scans
    }

    /// SQLite's own check of the registry file and of the scan log: "ok" for each that is sound.
    func integrityCheck() throws -> [String] {
        try [dataPath, scanLogPath].map { try Self.tool("/usr/bin/sqlite3", [$0, "PRAGMA integrity_check"]).trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
