import ClimateQuality
import Foundation

/// Reads an import file on a background thread while the caller stores its rows: the reader hands
/// batches of rows over, at most `capacity` of them waiting, so reading and storing overlap and memory
/// holds a few batches whatever the file's size. The reader's progress is passed on to the caller's
/// thread with the batches.
final class ObservationPipeline<Row: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var batches: [[Row]] = []
    private var latestProgress: ImportProgress?
    private var outcome: Result<Output, any Error>?
    private var cancelled = false

    /// What the reader thread runs: reads the file, handing each batch to its argument, which throws
    /// when the consumer gave up.
    typealias Read = @Sendable (_ hand: ([Row]) throws -> Void, _ progress: @escaping (ImportProgress) -> Void) throws -> Output

    init(capacity: Int, read: @escaping Read) {
        self.capacity = capacity
        Thread.detachNewThread { [self] in
            let result = Result { try read(hand, report) }
            condition.lock()
            outcome = result
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Stores every batch with `store` on the calling thread as it arrives, passing progress on; returns
    /// what the reader found. If `store` throws, the reader is stopped and the error thrown.
    func drain(progress: ((ImportProgress) -> Void)?, store: ([Row]) throws -> Void) throws -> Output {
        while true {
            condition.lock()
            while batches.isEmpty, outcome == nil { condition.wait() }
            let batch = batches.isEmpty ? nil : batches.removeFirst()
            let step = latestProgress
            latestProgress = nil
            let finished = outcome
            condition.broadcast()
            condition.unlock()
            if let step { progress?(step) }
            if let batch {
                do {
                    try store(batch)
                } catch {
                    stop()
                    throw error
                }
            } else if let finished {
                return try finished.get()
            }
        }
    }

    /// Called on the reader thread: waits while `capacity` batches are waiting.
    private func hand(_ batch: [Row]) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity, !cancelled { condition.wait() }
        if cancelled { throw CancellationError() }
        batches.append(batch)
        condition.broadcast()
    }

    private func report(_ step: ImportProgress) {
        condition.lock()
        latestProgress = step
        condition.unlock()
    }

    /// Stops the reader and waits for it to end.
    private func stop() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while outcome == nil { condition.wait() }
        condition.unlock()
    }
}
