import RegistryCore

/// Why the snapshot key could not be read, written or used.
public enum SnapshotKeyError: Error, UserFacingError, Equatable {
    case unreadable(path: String)
    case unwritable(path: String)
    /// The key file may be read or written by group or others.
    case exposed(path: String, mode: Int)
    /// The key of a registry that already holds records is missing.
    case missing(path: String)

    public var chinese: String {
        switch self {
        case .unreadable(let path): "无法读取快照签名密钥 \(path)：请从备份恢复该文件（备份旁的 <备份文件>.snapshot-key）；空的新登记库请运行 oxlabel init"
        case .unwritable(let path): "无法写入快照签名密钥 \(path)"
        case .exposed(let path, let mode): "快照签名密钥 \(path) 的权限为 \(String(mode, radix: 8))，组或其他用户可读写：请运行 chmod 600 \(path)"
        case .missing(let path): "快照签名密钥 \(path) 不存在，而登记库已有记录：请从备份恢复该文件（备份旁的 <备份文件>.snapshot-key），不会生成新密钥；确需更换请用 oxlabel snapshot rotate-key"
        }
    }

    public var english: String {
        switch self {
        case .unreadable(let path): "cannot read the snapshot signing key \(path): restore it from the backup (<backup file>.snapshot-key beside it); for a new, empty registry run `oxlabel init`"
        case .unwritable(let path): "cannot write the snapshot signing key \(path)"
        case .exposed(let path, let mode): "the snapshot signing key \(path) has mode \(String(mode, radix: 8)), open to group or others: run `chmod 600 \(path)`"
        case .missing(let path): "the snapshot signing key \(path) is missing and the registry already holds records: restore it from the backup (<backup file>.snapshot-key beside it); no new key is made (to replace it on purpose: `oxlabel snapshot rotate-key`)"
        }
    }
}
