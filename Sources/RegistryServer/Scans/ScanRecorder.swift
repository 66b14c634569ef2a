import Logging
import NIOPosix
import RegistryCore
import RegistryStore
import Synchronization

/// The scan log's writer. A page hands its scan to `record`, which only appends to a bounded queue in
/// memory and never waits: when the queue is full the scan is dropped and counted. One writer task
/// (`run`) writes the queue to the scan log's own file every `interval` in one transaction per
/// `batchSize` scans, so that a scan is durable within about `interval` plus a write whatever else
/// writes the registry, and writes what is left when it is stopped.
public final class ScanRecorder: Sendable {
    /// How large the queue may grow and how often it is written.
    public struct Settings: Sendable, Hashable {
        public var capacity: Int
        public var interval: Duration
        public var batchSize: Int

        /// 100,000 scans at most in memory, written every 200 ms, 20,000 per transaction.
        public init(capacity: Int = 100_000, interval: Duration = .milliseconds(200), batchSize: Int = 20_000) {
            self.capacity = capacity
            self.interval = interval
            self.batchSize = batchSize
        }
    }

    let registry: Registry
    let settings: Settings
    /// The thresholds the copy signals are counted with.
    let heuristics: CopyHeuristics
    let metrics: ScanMetrics
    let logger = Logger(label: "oxlabel.scans")
    private let queue = Mutex<[LabelScan]>([])
    /// One writer at a time, so that scans land in the order they were queued.
    private let writing = Mutex<Void>(())

    init(registry: Registry, settings: Settings, heuristics: CopyHeuristics, metrics: ScanMetrics) {
        self.registry = registry
        self.settings = settings
        self.heuristics = heuristics
        self.metrics = metrics
    }

    /// Queues a scan without waiting; drops it (counted) when the queue is full.
    func record(_ scan: LabelScan) {
        let depth = queue.withLock { queue -> Int? in
            guard queue.count < settings.capacity else { return nil }
            queue.append(scan)
            return queue.count
        }
        if let depth { metrics.depth.set(Double(depth)) } else { metrics.dropped.increment() }
    }

    /// Scans waiting to be written.
    public var depth: Int { queue.withLock { $0.count } }

    /// Writes every queued scan now and returns how many were written. A batch the registry refuses
    /// goes back to the head of the queue, as far as there is room, for the next attempt.
    @discardableResult
    public func flush() throws -> Int {
        try writing.withLock { _ in
            var written = 0
            while true {
                // A queue that fits in one batch is taken whole, so the pages waiting to queue their
                // scans are not held while it is copied.
                let batch = queue.withLock { queue -> [LabelScan] in
                    guard queue.count > settings.batchSize else {
                        var whole: [LabelScan] = []
                        swap(&whole, &queue)
                        return whole
                    }
                    let batch = Array(queue.prefix(settings.batchSize))
                    queue.removeFirst(batch.count)
                    return batch
                }
                guard !batch.isEmpty else { break }
                do {
                    try registry.recordScans(batch, heuristics: heuristics)
                } catch {
                    let dropped = queue.withLock { queue -> Int in
                        let kept = batch.prefix(max(0, settings.capacity - queue.count))
                        queue.insert(contentsOf: kept, at: 0)
                        return batch.count - kept.count
                    }
                    metrics.dropped.increment(by: Int64(dropped))
                    metrics.depth.set(Double(depth))
                    throw error
                }
                written += batch.count
                metrics.written.increment(by: Int64(batch.count))
            }
            metrics.depth.set(Double(depth))
            return written
        }
    }

    /// Writes the queue every `interval` on the blocking thread pool until the task is cancelled,
    /// then writes what is left, and returns how many scans it could not write (0 when none was lost).
    @discardableResult
    public func run() async -> Int {
        while true {
            do { try await Task.sleep(for: settings.interval) } catch { break }
            do {
                _ = try await NIOThreadPool.singleton.runIfActive { try self.flush() }
            } catch is CancellationError {
                break
            } catch {
                logger.error("scan log write failed; retrying", metadata: ["error": "\(error)"])
            }
        }
        do { try flush() } catch {
            logger.error("scan log final write failed", metadata: ["error": "\(error)", "lost": "\(depth)"])
        }
        return depth
    }
}
