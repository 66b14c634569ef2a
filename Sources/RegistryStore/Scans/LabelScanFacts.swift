import Foundation

/// What the scan writer needs of a scanned label from the registry, read before it writes: its batch
/// (row number and size) and when staff last acknowledged its copy signals.
struct LabelScanFacts: Sendable {
    let batchID: Int64
    let batchLabels: Int
    let acknowledged: Date?
}
