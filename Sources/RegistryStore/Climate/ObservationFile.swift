import ClimateQuality
import Foundation

/// An observation file to import: its name (as recorded) and where its bytes come from.
public struct ObservationFile: Sendable {
    public let name: String
    public let source: ObservationSource

    /// A file already in memory (a console upload).
    public init(name: String, data: Data) {
        self.name = name
        source = .bytes(data)
    }

    /// A file on disk, read block by block while it is imported.
    public init(name: String, path: String) {
        self.name = name
        source = .file(path: path)
    }
}
