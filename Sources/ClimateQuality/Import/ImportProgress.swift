/// How far an import has come, reported every `ImportProgress.interval` lines so a terminal can show
/// rows, rate and time left.
public struct ImportProgress: Sendable, Hashable {
    public let bytesRead: Int
    public let totalBytes: Int
    public let dataLines: Int

    /// Lines between two reports.
    public static let interval = 50_000

    /// 0…1.
    public var fraction: Double { totalBytes == 0 ? 1 : Double(bytesRead) / Double(totalBytes) }
}
