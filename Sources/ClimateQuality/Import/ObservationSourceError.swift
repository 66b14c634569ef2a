import Foundation
import RegistryCore

/// An import file that could not be read (missing, a folder, no permission, an I/O error).
public struct ObservationSourceError: UserFacingError, Equatable {
    public let path: String
    /// The system's description of the error.
    public let detail: String

    init(path: String, errorNumber: Int32) {
        self.path = path
        detail = String(cString: strerror(errorNumber))
    }

    public var chinese: String { "无法读取文件 \(path)（\(detail)）" }

    public var english: String { "cannot read \(path) (\(detail))" }
}
