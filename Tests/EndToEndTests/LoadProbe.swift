import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// A bounded load on one page of a test server on 127.0.0.1: `workers` loops of GET requests that keep
/// the time each answer (HTTP 200) arrived. A loop ends after three failed requests in a row (the
/// server is gone), and the whole load after `limit` requests or `duration`, whichever comes first.
final class LoadProbe: Sendable {
    let url: URL
    let workers: Int
    let limit: Int
    let duration: Duration
    /// The scan log keeps the browser family of this User-Agent ("curl"), which tells the probe's
    /// scans from those of wrk (which sends none).
    static let userAgent = "curl/8 (oxlabel fault test)"
    /// The client hint the scan log stores for the probe's requests.
    static let clientHint = "127.0.0.0/16 curl"
    private let arrivals = Mutex<[Date]>([])
    private let sent = Mutex(0)

    init(url: URL, workers: Int = 4, limit: Int = 100_000, duration: Duration = .seconds(120)) {
        precondition(url.host == "127.0.0.1", "the probe loads this machine only")
        self.url = url
        self.workers = workers
        self.limit = limit
        self.duration = duration
    }

    /// The arrival times of the answers so far.
    var answers: [Date] { arrivals.withLock { $0 } }

    /// Runs the load until every loop has ended; returns the arrival times of the answers.
    func run() async -> [Date] {
        let session = URLSession(configuration: .ephemeral)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        request.setValue(Self.userAgent, forHTTPHeaderField: "User-Agent")
        request.timeoutInterval = 30
        let deadline = ContinuousClock.now + duration
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask { [request] in
                    var failures = 0
                    while failures < 3, ContinuousClock.now < deadline, self.take() {
                        if let (_, response) = try? await session.data(for: request), (response as? HTTPURLResponse)?.statusCode == 200 {
                            self.arrivals.withLock { $0.append(Date()) }
                            failures = 0
                        } else {
                            failures += 1
                            try? await Task.sleep(for: .milliseconds(100))
                        }
                    }
                }
            }
        }
        return answers
    }

    /// Waits until the first answer arrived at least `settled` ago (at most `limit`): a slow machine
    /// gets the time it needs before the test goes on.
    func waitForAnswers(settled: Duration, limit: Duration = .seconds(120)) async throws {
        let clock = ContinuousClock(), deadline = clock.now + limit
        let seconds = Double(settled.components.seconds) + Double(settled.components.attoseconds) / 1e18
        while clock.now < deadline {
            if let first = answers.min(), Date().timeIntervalSince(first) >= seconds { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CommandLineRunner.Failure(message: "the probe got no answer from \(url) within \(limit)")
    }

    private func take() -> Bool {
        sent.withLock { sent in
            guard sent < limit else { return false }
            sent += 1
            return true
        }
    }
}
