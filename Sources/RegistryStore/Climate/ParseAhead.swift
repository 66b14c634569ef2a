import Foundation

/// Produces results one index after another on a background thread, at most `lookahead` ahead of
/// the consumer, so that reading the next file overlaps with storing the current one.
final class ParseAhead<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Int: Result] = [:]
    private var nextToTake = 0
    private var cancelled = false

    init(count: Int, lookahead: Int, work: @escaping @Sendable (Int) -> Result) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for index in 0..<count {
                condition.lock()
                while !cancelled, index >= nextToTake + lookahead { condition.wait() }
                let stop = cancelled
                condition.unlock()
                if stop { return }
                let result = work(index)
                condition.lock()
                results[index] = result
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// The result of `index`, waiting for it if need be; indices are taken in order.
    func take(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        nextToTake = index + 1
        condition.broadcast()
        return results.removeValue(forKey: index)!
    }

    /// Stops producing (the consumer gave up).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
