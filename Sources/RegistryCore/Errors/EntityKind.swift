/// The kinds of record the registry keeps, named in both languages.
public enum EntityKind: String, Codable, Sendable {
    case `operator`
    case subject
    case application
    case objection
    case licence
    case regionTitle = "region-title"
    case labelBatch = "label-batch"
    case label
    case station
    case observationImport = "observation-import"
    case climateCertificate = "climate-certificate"
    case labelReport = "label-report"
    case account
    case cropModel = "crop-model"
    case snapshotKey = "snapshot-key"

    public var chinese: String {
        switch self {
        case .operator: "经营主体"
        case .subject: "认证对象"
        case .application: "申请"
        case .objection: "异议"
        case .licence: "许可"
        case .regionTitle: "天然氧吧称号"
        case .labelBatch: "标签批次"
        case .label: "标签"
        case .station: "监测站"
        case .observationImport: "观测数据导入"
        case .climateCertificate: "气候品质认证证书"
        case .labelReport: "复制举报"
        case .account: "员工账号"
        case .cropModel: "作物模型"
        case .snapshotKey: "快照签名密钥"
        }
    }

    public var english: String {
        switch self {
        case .regionTitle: "region title"
        case .labelBatch: "label batch"
        case .observationImport: "observation import"
        case .climateCertificate: "climate certificate"
        case .labelReport: "copy report"
        case .account: "staff account"
        case .cropModel: "crop model"
        case .snapshotKey: "snapshot signing key"
        default: rawValue
        }
    }
}
