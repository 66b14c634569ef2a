import Foundation
import RegistryCore

/// A public key that signed the daily snapshot until it was replaced: it verifies the snapshots dated
/// from `validFrom` (nil: since the registry began) to the day it was retired.
public struct RetiredSnapshotKey: Sendable, Equatable {
    /// The raw 32-byte Ed25519 public key in base64, as it was published.
    public let publicKey: String
    /// The first day it signed: the day the key before it was retired; nil for the registry's first key.
    public let validFrom: Day?
    /// The last day it signed: the day it was retired.
    public let validUntil: Day
    public let retiredAt: Date
    public let reason: String
    /// Who replaced it.
    public let actor: String
}
