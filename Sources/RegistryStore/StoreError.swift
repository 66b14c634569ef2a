import GRDB
import RegistryCore

/// Failures of the storage itself, readable by a person.
public enum StoreError: UserFacingError, Equatable {
    case cannotOpen(path: String, detail: String)
    case busy
    case database(detail: String)
    case corruptRecord(entity: EntityKind, id: String)
    case backupTargetExists(path: String)

    public var chinese: String {
        switch self {
        case .cannotOpen(let path, let detail): "无法打开登记库 \(path)：\(detail)"
        case .busy: "登记库正忙，请稍后重试"
        case .database(let detail): "登记库操作失败：\(detail)"
        case .corruptRecord(let entity, let id): "\(entity.chinese)「\(id)」的记录已损坏，请联系系统管理员"
        case .backupTargetExists(let path): "备份文件 \(path) 已存在，请换一个文件名"
        }
    }

    public var english: String {
        switch self {
        case .cannotOpen(let path, let detail): "cannot open the registry at \(path): \(detail)"
        case .busy: "the registry is busy; try again"
        case .database(let detail): "database error: \(detail)"
        case .corruptRecord(let entity, let id): "the record of \(entity.english) \(id) is damaged"
        case .backupTargetExists(let path): "backup file \(path) already exists; choose another name"
        }
    }

    /// Runs a body, turning SQLite errors into readable ones and letting domain errors through.
    static func wrapping<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED { throw StoreError.busy }
            throw StoreError.database(detail: error.message ?? "\(error.resultCode)")
        }
    }
}
