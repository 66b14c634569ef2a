import Foundation

/// An observation file to import: its name (as recorded) and its bytes.
public struct ObservationFile: Sendable {
    public let name: String
    public let data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
