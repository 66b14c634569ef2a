import Foundation

/// When a label's scans look like a copied code (DESIGN §9): scans after it was voided, more scans in
/// a short window than one package plausibly gets, or a batch scanned far more often than it has
/// labels. Thresholds are [default] values from `Schemas/verification/copied-codes.json`.
public struct CopyHeuristics: Codable, Sendable, Hashable {
    public struct Burst: Codable, Sendable, Hashable {
        /// The window scans are counted in.
        public var windowMinutes: Int
        /// More scans than this within one window are suspicious.
        public var maxScans: Int

        public init(windowMinutes: Int, maxScans: Int) {
            self.windowMinutes = windowMinutes
            self.maxScans = maxScans
        }
    }

    public struct Batch: Codable, Sendable, Hashable {
        /// More scans per label of the batch than this are suspicious…
        public var scansPerLabel: Int
        /// …once the batch has at least this many scans.
        public var minimumScans: Int

        public init(scansPerLabel: Int, minimumScans: Int) {
            self.scansPerLabel = scansPerLabel
            self.minimumScans = minimumScans
        }
    }

    public struct AfterVoid: Codable, Sendable, Hashable {
        /// Scans of a voided or destroyed label from which it is suspicious.
        public var minimumScans: Int

        public init(minimumScans: Int) {
            self.minimumScans = minimumScans
        }
    }

    public var burst: Burst
    public var batch: Batch
    public var afterVoid: AfterVoid

    public init(burst: Burst, batch: Batch, afterVoid: AfterVoid) {
        self.burst = burst
        self.batch = batch
        self.afterVoid = afterVoid
    }

    /// The burst window in seconds.
    public var burstWindow: TimeInterval { TimeInterval(burst.windowMinutes * 60) }

    /// Reads and checks a thresholds file.
    public static func load(_ file: URL) throws -> CopyHeuristics {
        guard let data = FileManager.default.contents(atPath: file.path) else { throw ConfigurationError.missing(file: file.path) }
        let heuristics: CopyHeuristics
        do { heuristics = try JSONDecoder().decode(CopyHeuristics.self, from: data) } catch {
            throw ConfigurationError.unreadable(file: file.path, detail: "\(error)")
        }
        let values = [heuristics.burst.windowMinutes, heuristics.burst.maxScans, heuristics.batch.scansPerLabel,
                      heuristics.batch.minimumScans, heuristics.afterVoid.minimumScans]
        guard values.allSatisfy({ (1...10_000_000).contains($0) }) else {
            throw ConfigurationError.invalid(file: file.path, detail: "every threshold must be a whole number from 1 to 10000000")
        }
        return heuristics
    }

    /// The signals a label's scans raise; `batchLabels` is how many labels its batch has.
    public func signals(_ summary: ScanSummary, batchLabels: Int) -> [CopySignal] {
        var signals = [CopySignal]()
        if summary.scansWhileVoided >= afterVoid.minimumScans { signals.append(.scannedAfterVoiding(scans: summary.scansWhileVoided)) }
        if summary.mostInOneWindow > burst.maxScans {
            signals.append(.burst(scans: summary.mostInOneWindow, minutes: burst.windowMinutes))
        }
        if summary.batchScans >= batch.minimumScans, summary.batchScans > batch.scansPerLabel * batchLabels {
            signals.append(.batchOverscanned(scans: summary.batchScans, labels: batchLabels))
        }
        return signals
    }
}

/// A reason to suspect a copied code, in plain words for the person holding the package.
public enum CopySignal: Sendable, Hashable {
    case scannedAfterVoiding(scans: Int)
    case burst(scans: Int, minutes: Int)
    case batchOverscanned(scans: Int, labels: Int)

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
        case .burst(let scans, let minutes):
            "此码曾在 \(minutes) 分钟内被查询 \(scans) 次，远多于一件商品的正常查询次数，可能被复制印在多件商品上。"
        case .batchOverscanned(let scans, let labels):
            "此码所在批次共 \(labels) 枚标签，却已被查询 \(scans) 次，该批标签可能被复制。"
        }
    }

    public var english: String {
        switch self {
        case .scannedAfterVoiding(let scans):
            "This label was voided and has been looked up \(scans) times since. No genuine package should carry it; yours may be a copy."
        case .burst(let scans, let minutes):
            "This code was looked up \(scans) times within \(minutes) minutes, far more than one package gets. It may have been copied onto many packages."
        case .batchOverscanned(let scans, let labels):
            "This code's batch has \(labels) labels but \(scans) look-ups. Its labels may have been copied."
        }
    }
}
