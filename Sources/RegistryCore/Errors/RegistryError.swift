/// Why the registry refused an action, in words a clerk can act on.
public enum RegistryError: Refusal, Equatable {
    case unknownTown(String)
    case notFound(entity: EntityKind, id: String)
    case duplicate(entity: EntityKind, id: String)
    case openApplicationExists(subject: Int64, application: String)
    case roleNotAllowed(role: Role, action: RegistryAction)
    case transitionNotAllowed(entity: EntityKind, id: String, state: String, action: RegistryAction)
    /// No label of a run of codes is in a state the action applies to.
    case noLabelsFor(action: RegistryAction, run: String)
    case fourEyes(application: String, reviewer: String)
    case rulesNotPassed(application: String, failing: [String])
    case publicityNotOver(application: String, endsOn: Day)
    case openObjections(application: String, count: Int)
    case wrongSubjectKind(expected: SubjectKind, actual: SubjectKind)
    case invalidDate(field: String, chinese: String, english: String)
    /// The record changed between reading it for slow work (drawing a print file) and recording that work.
    case changedMeanwhile(entity: EntityKind, id: String)
    /// A renewal applied for outside its window: before it opens, or after it closed, when a new
    /// admission is needed instead.
    case outsideRenewalWindow(licence: String, validUntil: Day, opens: Day, closes: Day, tooLate: Bool)
    /// The licence's term was already renewed, or a renewal of it is in progress.
    case termAlreadyRenewed(licence: String, term: Int, application: String)

    public var kind: RefusalKind {
        switch self {
        case .notFound: .notFound
        case .unknownTown, .invalidDate, .wrongSubjectKind: .invalid
        default: .conflict
        }
    }

    public var chinese: String {
        switch self {
        case .unknownTown(let town):
            "「\(town)」不是延庆区的乡镇或街道"
        case .notFound(let entity, let id):
            "找不到\(entity.chinese)「\(id)」"
        case .duplicate(let entity, let id):
            "\(entity.chinese)「\(id)」已经登记过，不能重复登记"
        case .openApplicationExists(let subject, let application):
            "对象 #\(subject) 已有未办结的申请「\(application)」，请在该申请上继续办理"
        case .roleNotAllowed(let role, let action):
            "「\(role.chinese)」无权执行「\(action.chinese)」，该操作需要：\(action.allowedRoles.map(\.chinese).sorted().joined(separator: "、"))"
        case .transitionNotAllowed(let entity, let id, let state, let action):
            "\(entity.chinese)「\(id)」当前状态为「\(state)」，不能「\(action.chinese)」"
        case .noLabelsFor(let action, let run):
            "标签「\(run)」中没有可以「\(action.chinese)」的标签"
        case .fourEyes(let application, let reviewer):
            "申请「\(application)」由 \(reviewer) 审核，审批必须由另一人进行（审核与审批分离）"
        case .rulesNotPassed(let application, let failing):
            "申请「\(application)」尚有未通过的准入条件：\(failing.joined(separator: "；"))"
        case .publicityNotOver(let application, let endsOn):
            "申请「\(application)」的公示期至 \(endsOn) 结束，公示期满后才能发证"
        case .openObjections(let application, let count):
            "申请「\(application)」有 \(count) 条公示异议尚未处理"
        case .wrongSubjectKind(let expected, let actual):
            "该操作适用于\(expected.chinese)，此对象是\(actual.chinese)"
        case .invalidDate(_, let message, _):
            message
        case .changedMeanwhile(let entity, let id):
            "\(entity.chinese)「\(id)」在生成文件期间已有变更，未作记录，请重新操作"
        case .outsideRenewalWindow(let licence, let validUntil, let opens, let closes, let tooLate):
            "许可「\(licence)」有效期至 \(validUntil)，续展申请应在 \(opens) 至 \(closes) 之间提出；"
                + (tooLate ? "已超出续展期限，请重新申请准入" : "尚未到续展申请期")
        case .termAlreadyRenewed(let licence, let term, let application):
            "许可「\(licence)」第 \(term) 期已由申请「\(application)」续展（或正在办理），每期只能续展一次"
        }
    }

    public var english: String {
        switch self {
        case .unknownTown(let town):
            "'\(town)' is not a town, township or subdistrict of Yanqing"
        case .notFound(let entity, let id):
            "no \(entity.english) '\(id)'"
        case .duplicate(let entity, let id):
            "\(entity.english) '\(id)' is already registered"
        case .openApplicationExists(let subject, let application):
            "subject #\(subject) already has application \(application) in progress; continue with that one"
        case .roleNotAllowed(let role, let action):
            "role \(role.rawValue) may not \(action.english); allowed: \(action.allowedRoles.map(\.rawValue).sorted().joined(separator: ", "))"
        case .transitionNotAllowed(let entity, let id, let state, let action):
            "\(entity.english) \(id) is \(state); cannot \(action.english)"
        case .noLabelsFor(let action, let run):
            "no label of \(run) is in a state to \(action.english)"
        case .fourEyes(let application, let reviewer):
            "application \(application) was reviewed by \(reviewer); another person must approve it"
        case .rulesNotPassed(let application, let failing):
            "application \(application) does not meet every admission rule: \(failing.joined(separator: "; "))"
        case .publicityNotOver(let application, let endsOn):
            "the publicity period of application \(application) ends on \(endsOn)"
        case .openObjections(let application, let count):
            "application \(application) has \(count) unresolved objection(s)"
        case .wrongSubjectKind(let expected, let actual):
            "this applies to a \(expected.rawValue), not a \(actual.rawValue)"
        case .invalidDate(_, _, let message):
            message
        case .changedMeanwhile(let entity, let id):
            "\(entity.english) \(id) changed while its file was being made; nothing was recorded, try again"
        case .outsideRenewalWindow(let licence, let validUntil, let opens, let closes, let tooLate):
            "licence \(licence) is valid until \(validUntil); a renewal may be applied for from \(opens) to \(closes)"
                + (tooLate ? ": that window has closed, a new admission is needed" : ": that window has not opened yet")
        case .termAlreadyRenewed(let licence, let term, let application):
            "term \(term) of licence \(licence) is already renewed (or being renewed) by application \(application); a term is renewed once"
        }
    }
}
