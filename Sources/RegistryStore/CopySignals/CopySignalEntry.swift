import Foundation
import RegistryCore

/// A label whose copy signal of many distinct clients holds now and was not acknowledged since it was
/// raised: what the console lists for staff to check.
public struct CopySignalEntry: Sendable, Hashable {
    public let code: LabelCode
    public let batchNumber: String
    public let licenceNumber: String
    public let signal: ClientSignal
}
