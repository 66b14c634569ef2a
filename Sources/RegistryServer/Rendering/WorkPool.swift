import Dispatch
import Foundation
import Synchronization

/// A bounded pool for work that costs much CPU (drawing a PDF, exporting the directory, signing the
/// snapshot, bcrypt): at most `width` bodies run at once, on dispatch threads of the pool's own, so
/// neither the event loops nor NIO's blocking thread pool (which writes the scan log) wait behind them;
/// at most `queue` more wait their turn; beyond that the pool refuses at once (`Full`), and the caller
/// answers 503 with `Retry-After`.
public final class WorkPool: Sendable {
    /// How wide the pool is and how long its queue.
    public struct Settings: Sendable, Hashable {
        /// Bodies that run at once.
        public var width: Int
        /// Bodies that may wait for a free place.
        public var queue: Int
        /// What a refusal asks the client to wait, in seconds.
        public var retryAfterSeconds: Int

        /// Half the processors (at least one) at once, 16 waiting, retry after 5 seconds.
        public init(width: Int = max(1, ProcessInfo.processInfo.activeProcessorCount / 2), queue: Int = 16, retryAfterSeconds: Int = 5) {
            self.width = max(1, width)
            self.queue = max(0, queue)
            self.retryAfterSeconds = max(1, retryAfterSeconds)
        }
    }

    /// The pool was full: try again after this many seconds.
    struct Full: Error, Equatable {
        let retryAfterSeconds: Int
    }

    /// What a body asking for a place gets.
    private enum Admission { case run, wait, refuse }

    private struct State {
        var running = 0
        /// Bodies waiting for a place, first come first served; each is handed the place of one that ends.
        var waiting: [CheckedContinuation<Void, any Error>] = []
    }

    let settings: Settings
    private let threads: DispatchQueue
    private let state = Mutex(State())

    init(_ settings: Settings, label: String) {
        self.settings = settings
        threads = DispatchQueue(label: "oxlabel.\(label)", qos: .utility, attributes: .concurrent)
    }

    /// Runs `body` on the pool's threads when a place is free, or throws `Full` at once.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (admitted: CheckedContinuation<Void, any Error>) in
            let admission = state.withLock { state -> Admission in
                if state.running < settings.width {
                    state.running += 1
                    return .run
                }
                guard state.waiting.count < settings.queue else { return .refuse }
                state.waiting.append(admitted)
                return .wait
            }
            switch admission {
            case .run: admitted.resume()
            case .refuse: admitted.resume(throwing: Full(retryAfterSeconds: settings.retryAfterSeconds))
            case .wait: break
            }
        }
        defer { release() }
        return try await withCheckedThrowingContinuation { continuation in
            threads.async { continuation.resume(with: Result { try body() }) }
        }
    }

    /// Hands the place to the next waiting body, or frees it.
    private func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            guard !state.waiting.isEmpty else {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
