import Foundation

/// When a label's scans look like a copied code (DESIGN §9): scans after it was voided, more distinct
/// clients within a window than one package plausibly meets, or a batch scanned by far more distinct
/// clients within a window than it has labels. Clients are the coarse client hints of the scan log, so
/// that one person reloading a page, however often, raises no signal; a client signal expires one
/// window after the last moment it was met. Thresholds are [default] values from
/// `Schemas/verification/copied-codes.json`.
public struct CopyHeuristics: Codable, Sendable, Hashable {
    /// One label scanned by many distinct clients.
    public struct Clients: Codable, Sendable, Hashable {
        /// The sliding window clients are counted in.
        public var windowMinutes: Int
        /// This many distinct clients within one window are suspicious (at least 2).
        public var minimumClients: Int

        public init(windowMinutes: Int, minimumClients: Int) {
            self.windowMinutes = windowMinutes
            self.minimumClients = minimumClients
        }
    }

    /// One batch scanned by many more distinct clients than it has labels.
    public struct Batch: Codable, Sendable, Hashable {
        /// The sliding window clients are counted in.
        public var windowMinutes: Int
        /// More distinct clients per label of the batch than this within one window are suspicious…
        public var clientsPerLabel: Int
        /// …once they are at least this many (at least 2).
        public var minimumClients: Int

        public init(windowMinutes: Int, clientsPerLabel: Int, minimumClients: Int) {
            self.windowMinutes = windowMinutes
            self.clientsPerLabel = clientsPerLabel
            self.minimumClients = minimumClients
        }

        /// The distinct clients that raise the signal for a batch of `labels` labels.
        public func threshold(labels: Int) -> Int {
            let (perLabel, overflow) = clientsPerLabel.multipliedReportingOverflow(by: max(0, labels))
            return overflow || perLabel == Int.max ? Int.max : max(minimumClients, perLabel + 1)
        }
    }

    public struct AfterVoid: Codable, Sendable, Hashable {
        /// Scans of a voided or destroyed label from which it is suspicious.
        public var minimumScans: Int

        public init(minimumScans: Int) {
            self.minimumScans = minimumScans
        }
    }

    public var clients: Clients
    public var batch: Batch
    public var afterVoid: AfterVoid

    public init(clients: Clients, batch: Batch, afterVoid: AfterVoid) {
        self.clients = clients
        self.batch = batch
        self.afterVoid = afterVoid
    }

    /// The label's client window in seconds.
    public var labelWindow: TimeInterval { TimeInterval(clients.windowMinutes) * 60 }
    /// The batch's client window in seconds.
    public var batchWindow: TimeInterval { TimeInterval(batch.windowMinutes) * 60 }

    /// Reads and checks a thresholds file.
    public static func load(_ file: URL) throws -> CopyHeuristics {
        guard let data = FileManager.default.contents(atPath: file.path) else { throw ConfigurationError.missing(file: file.path) }
        let heuristics: CopyHeuristics
        do { heuristics = try JSONDecoder().decode(CopyHeuristics.self, from: data) } catch {
            throw ConfigurationError.unreadable(file: file.path, detail: "\(error)")
        }
        let values = [heuristics.clients.windowMinutes, heuristics.clients.minimumClients, heuristics.batch.windowMinutes,
                      heuristics.batch.clientsPerLabel, heuristics.batch.minimumClients, heuristics.afterVoid.minimumScans]
        guard values.allSatisfy({ (1...10_000_000).contains($0) }) else {
            throw ConfigurationError.invalid(file: file.path, detail: "every threshold must be a whole number from 1 to 10000000")
        }
        guard heuristics.clients.minimumClients >= 2, heuristics.batch.minimumClients >= 2 else {
            throw ConfigurationError.invalid(file: file.path, detail: "clients.minimumClients and batch.minimumClients must be at least 2: one client alone must never raise a signal")
        }
        return heuristics
    }

    /// The signals a label's scans raise at `now`; `batchLabels` is how many labels its batch has.
    public func signals(_ summary: ScanSummary, batchLabels: Int, at now: Date) -> [CopySignal] {
        var signals = [CopySignal]()
        if summary.scansWhileVoided >= afterVoid.minimumScans { signals.append(.scannedAfterVoiding(scans: summary.scansWhileVoided)) }
        if let signal = summary.labelSignal, signal.holds(at: now, acknowledged: summary.acknowledged) {
            signals.append(.burst(clients: signal.clients, minutes: clients.windowMinutes, since: signal.since))
        }
        if let signal = summary.batchSignal, signal.holds(at: now, acknowledged: summary.acknowledged) {
            signals.append(.batchOverscanned(clients: signal.clients, labels: batchLabels, minutes: batch.windowMinutes, since: signal.since))
        }
        return signals
    }
}

/// A reason to suspect a copied code, in plain words for the person holding the package.
public enum CopySignal: Sendable, Hashable {
    case scannedAfterVoiding(scans: Int)
    /// The label was scanned by `clients` distinct clients within `minutes`, since `since`.
    case burst(clients: Int, minutes: Int, since: Date)
    /// The batch was scanned by `clients` distinct clients within `minutes`, far more than its `labels` labels.
    case batchOverscanned(clients: Int, labels: Int, minutes: Int, since: Date)

    /// A stable name for machines.
    public var code: String {
        switch self {
        case .scannedAfterVoiding: "scannedAfterVoiding"
        case .burst: "burst"
        case .batchOverscanned: "batchOverscanned"
        }
    }

    public var chinese: String {
        switch self {
        case .scannedAfterVoiding(let scans):
            "此标签已作废，作废后仍被查询 \(scans) 次。正规商品不应再贴有此标签，您手中的标签可能是复制的。"
        case .burst(let clients, let minutes, let since):
            "此码在 \(minutes) 分钟内被 \(clients) 个不同网络的用户查询，远多于一件商品的正常查询，可能被复制印在多件商品上（于 \(BeijingTime.minute(since)) 起）。"
        case .batchOverscanned(let clients, let labels, let minutes, let since):
            "此码所在批次共 \(labels) 枚标签，却在 \(minutes) 分钟内被 \(clients) 个不同网络的用户查询，该批标签可能被复制（于 \(BeijingTime.minute(since)) 起）。"
        }
    }

    public var english: String {
        switch self {
        case .scannedAfterVoiding(let scans):
            "This label was voided and has been looked up \(scans) times since. No genuine package should carry it; yours may be a copy."
        case .burst(let clients, let minutes, let since):
            "This code was looked up from \(clients) different networks within \(minutes) minutes, far more than one package gets. It may have been copied onto many packages (since \(BeijingTime.minute(since)), Beijing time)."
        case .batchOverscanned(let clients, let labels, let minutes, let since):
            "This code's batch has \(labels) labels but was looked up from \(clients) different networks within \(minutes) minutes. Its labels may have been copied (since \(BeijingTime.minute(since)), Beijing time)."
        }
    }
}
