import RegistryCore

/// Why the snapshot key could not be read or written.
public enum SnapshotKeyError: Error, UserFacingError, Equatable {
    case unreadable(path: String)
    case unwritable(path: String)

    public var chinese: String {
        switch self {
        case .unreadable(let path): "无法读取快照签名密钥 \(path)，请先运行 oxlabel init"
        case .unwritable(let path): "无法写入快照签名密钥 \(path)"
        }
    }

    public var english: String {
        switch self {
        case .unreadable(let path): "cannot read the snapshot signing key \(path); run `oxlabel init` first"
        case .unwritable(let path): "cannot write the snapshot signing key \(path)"
        }
    }
}
