/// How far an observation import has come: reading and checking the file, then storing its rows.
public struct ObservationImportProgress: Sendable, Hashable {
    public enum Phase: Sendable, Hashable {
        case parsing
        case storing
    }

    public let phase: Phase
    /// Lines read, or rows stored.
    public let done: Int
    /// 0…1 within the phase.
    public let fraction: Double
}
