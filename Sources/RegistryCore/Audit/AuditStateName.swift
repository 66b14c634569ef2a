/// The Chinese name of a state an audit event records an entity leaving or reaching (stored in
/// English, as the entity's own state type spells it); a value that is not a state (a grade, a crop
/// model's version, a key) reads as recorded.
public enum AuditStateName {
    /// The states that several entities share, by their recorded word.
    private static let common = [
        "registered": "已登记", "issued": "已发放", "stored": "已入库", "signalled": "复制预警", "acknowledged": "已核实",
        "open": "待处理", "handled": "已处理", "active": "正常", "locked": "已锁定", "disabled": "已停用",
    ]

    /// The name of `state` as recorded for an event on `entity`.
    public static func chinese(_ state: String, of entity: EntityKind) -> String {
        let named: String? = switch entity {
        case .application, .objection: ApplicationState(rawValue: state)?.chinese
        case .licence: LicenceStatus(rawValue: state)?.chinese
        case .label, .labelBatch: LabelState(rawValue: state)?.chinese ?? DisplayStatus.State(rawValue: state)?.chinese
        case .climateCertificate: CertificateStatus(rawValue: state)?.chinese
        case .regionTitle: RegionTitle.Standing(rawValue: state)?.chinese
        case .account: roles(state)
        default: nil
        }
        return named ?? common[state] ?? state
    }

    /// An account's roles as recorded (`clerk,reviewer`), by their Chinese names.
    private static func roles(_ state: String) -> String? {
        let roles = state.split(separator: ",").map { Role(rawValue: String($0)) }
        guard !roles.isEmpty, roles.allSatisfy({ $0 != nil }) else { return nil }
        return roles.compactMap { $0?.chinese }.joined(separator: "、")
    }
}
