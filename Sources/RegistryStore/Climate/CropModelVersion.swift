import ClimateQuality
import Foundation

/// One version of a crop model: the file in `Schemas/crops` the registry was configured with, or a
/// version uploaded into the registry, with who stored it and when.
public struct CropModelVersion: Sendable, Hashable {
    public let model: CropModel
    /// The model file as written (JSON text).
    public let json: String
    /// Where the version comes from.
    public let origin: Origin
    /// Whether assessments grade with this version today.
    public let isCurrent: Bool

    /// Where a version comes from.
    public enum Origin: Sendable, Hashable {
        /// The file in `Schemas/crops`.
        case schemas
        /// Uploaded into the registry: when, by whom, and the SHA-256 of the file.
        case registry(at: Date, by: String, sha256: String)
    }

    public init(model: CropModel, json: String, origin: Origin, isCurrent: Bool) {
        self.model = model
        self.json = json
        self.origin = origin
        self.isCurrent = isCurrent
    }
}
