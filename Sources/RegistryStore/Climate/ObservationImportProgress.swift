/// How far an observation import has come: lines read (and their rows stored) over all its files.
public struct ObservationImportProgress: Sendable, Hashable {
    /// Lines read.
    public let done: Int
    /// 0…1: bytes read of all the files.
    public let fraction: Double
}
