import RegistryCore

/// Why an uploaded evidence file was not kept.
public enum EvidenceFileError: UserFacingError, Equatable {
    case tooLarge(limitBytes: Int)
    case empty
    case unsupportedType
    case cannotStore(detail: String)

    public var chinese: String {
        switch self {
        case .tooLarge(let limit): "文件过大：每个文件最大 \(EvidenceFileError.megabytes(limit)) MB"
        case .empty: "文件是空的"
        case .unsupportedType: "只接受 PDF、JPEG 或 PNG 文件（按文件内容识别）"
        case .cannotStore: "文件无法保存，请稍后重试或联系系统管理员"
        }
    }

    public var english: String {
        switch self {
        case .tooLarge(let limit): "file too large: at most \(EvidenceFileError.megabytes(limit)) MB per file"
        case .empty: "the file is empty"
        case .unsupportedType: "only PDF, JPEG or PNG files are accepted (judged by content)"
        case .cannotStore(let detail): "the file cannot be stored: \(detail)"
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? String(bytes / (1024 * 1024)) : String(format: "%.1f", Double(bytes) / 1_048_576)
    }
}
