import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// A bounded load on one page of a test server on 127.0.0.1: `workers` loops of GET requests that keep
/// the time each answer (HTTP 200) arrived. A loop ends at its first failed request (the server was
/// stopped), and the whole load after `limit` requests or `duration`, whichever comes first.
struct LoadProbe: Sendable {
    let url: URL
    var workers = 4
    var limit = 100_000
    var duration: Duration = .seconds(60)
    /// The scan log keeps the browser family of this User-Agent ("curl"), which tells the probe's
    /// scans from those of wrk (which sends none).
    static let userAgent = "curl/8 (oxlabel fault test)"
    /// The client hint the scan log stores for the probe's requests.
    static let clientHint = "127.0.0.0/16 curl"

    /// Runs the load until every loop has ended; returns the arrival times of the answers.
    func run() async -> [Date] {
        precondition(url.host == "127.0.0.1", "the probe loads this machine only")
        let budget = Budget(limit)
        let session = URLSession(configuration: .ephemeral)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        request.setValue(Self.userAgent, forHTTPHeaderField: "User-Agent")
        request.timeoutInterval = 30
        let deadline = ContinuousClock.now + duration
        return await withTaskGroup(of: [Date].self) { group in
            for _ in 0..<workers {
                group.addTask { [request] in
                    var answers: [Date] = []
                    while ContinuousClock.now < deadline, budget.take() {
                        guard let (_, response) = try? await session.data(for: request), (response as? HTTPURLResponse)?.statusCode == 200 else { break }
                        answers.append(Date())
                    }
                    return answers
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
    }

    /// The requests left to send, shared by the loops.
    private final class Budget: Sendable {
        private let left: Mutex<Int>
        init(_ limit: Int) { left = Mutex(limit) }
        func take() -> Bool {
            left.withLock { left in
                guard left > 0 else { return false }
                left -= 1
                return true
            }
        }
    }
}
