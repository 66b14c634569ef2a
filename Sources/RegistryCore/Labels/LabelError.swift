/// Why a label operation was refused, in words the label printer can act on.
public enum LabelError: Refusal, Equatable {
    case quotaExceeded(licence: String, requested: Int, remaining: Int, quota: Int)
    case countOutOfRange(count: Int, maximum: Int)
    case reprintWithoutReason(batch: String, printedOn: Day)
    case codeNotInBatch(code: LabelCode, batch: String)
    case unknownCode(LabelCode)
    case noBatchIssuedBefore(licence: String, day: Day)

    public var kind: RefusalKind {
        switch self {
        case .quotaExceeded, .noBatchIssuedBefore: .conflict
        case .unknownCode: .notFound
        case .countOutOfRange, .reprintWithoutReason, .codeNotInBatch: .invalid
        }
    }

    public var chinese: String {
        switch self {
        case .quotaExceeded(let licence, let requested, let remaining, let quota):
            "许可「\(licence)」的标签额度不足：申请 \(requested) 枚，剩余 \(remaining) 枚（额度 \(quota) 枚）"
        case .countOutOfRange(let count, let maximum):
            "「数量」应在 1 至 \(maximum) 之间，实为 \(count)"
        case .reprintWithoutReason(let batch, let printedOn):
            "批次「\(batch)」已于 \(printedOn) 印制，重印须注明理由（--reprint --reason …）"
        case .codeNotInBatch(let code, let batch):
            "标签码「\(code.grouped())」不属于批次「\(batch)」"
        case .unknownCode(let code):
            "无此标签码「\(code.grouped())」"
        case .noBatchIssuedBefore(let licence, let day):
            "许可「\(licence)」在 \(day) 之前没有发放过标签批次"
        }
    }

    public var english: String {
        switch self {
        case .quotaExceeded(let licence, let requested, let remaining, let quota):
            "licence \(licence) has too few labels left: \(requested) requested, \(remaining) remaining of \(quota)"
        case .countOutOfRange(let count, let maximum):
            "count must be between 1 and \(maximum), got \(count)"
        case .reprintWithoutReason(let batch, let printedOn):
            "batch \(batch) was printed on \(printedOn); a reprint needs --reprint and a --reason"
        case .codeNotInBatch(let code, let batch):
            "label code \(code) is not in batch \(batch)"
        case .unknownCode(let code):
            "no label with code \(code)"
        case .noBatchIssuedBefore(let licence, let day):
            "licence \(licence) has no label batch issued before \(day)"
        }
    }
}
