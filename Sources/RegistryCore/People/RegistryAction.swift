/// Every action that changes the registry, with the roles allowed to take it.
public enum RegistryAction: String, Codable, Sendable, CaseIterable {
    case registerOperator
    case registerSubject
    case editSubject
    case submitApplication
    case acceptApplication
    case returnApplication
    case reviewApplication
    case approveApplication
    case rejectApplication
    case recordObjection
    case resolveObjection
    case closePublicity
    case suspendLicence
    case reinstateLicence
    case reviewLicenceBasis
    case revokeLicence
    case surrenderLicence
    case renewLicence
    case applyForRenewal
    case setRegionTitle
    case issueLabels
    case printLabels
    case voidLabels
    case destroyLabels
    case suspendLabels
    case revokeLabels
    case reinstateLabels
    case importObservations
    case registerStation
    case assessSeason
    case issueCertificate
    case overrideAssessment
    case revokeCertificate
    case handleLabelReport
    case uploadCropModel
    case rotateSnapshotKey
    case acknowledgeCopySignal

    /// The roles that may take this action.
    public var allowedRoles: Set<Role> {
        switch self {
        case .registerOperator, .registerSubject, .editSubject, .submitApplication, .acceptApplication, .returnApplication,
             .recordObjection, .surrenderLicence, .applyForRenewal:
            [.clerk]
        case .reviewApplication:
            [.reviewer]
        case .rejectApplication:
            [.reviewer, .approver]
        case .approveApplication, .resolveObjection, .closePublicity, .suspendLicence, .reinstateLicence, .reviewLicenceBasis,
             .revokeLicence, .renewLicence:
            [.approver]
        case .setRegionTitle, .rotateSnapshotKey:
            [.admin]
        case .issueLabels, .printLabels, .voidLabels, .destroyLabels:
            [.printer]
        case .suspendLabels, .revokeLabels, .reinstateLabels:
            [.approver]
        case .importObservations, .registerStation, .issueCertificate, .overrideAssessment, .uploadCropModel:
            [.meteorologist]
        case .assessSeason:
            [.meteorologist, .reviewer]
        case .revokeCertificate:
            [.meteorologist, .approver]
        case .handleLabelReport:
            [.clerk, .approver]
        case .acknowledgeCopySignal:
            [.reviewer, .approver]
        }
    }

    /// The action in plain English, as a verb phrase ("return the application").
    public var english: String {
        switch self {
        case .registerOperator: "register an operator"
        case .registerSubject: "register a subject"
        case .editSubject: "correct the subject"
        case .submitApplication: "submit the application"
        case .acceptApplication: "accept the application"
        case .returnApplication: "return the application for more evidence"
        case .reviewApplication: "review the application"
        case .approveApplication: "approve the application"
        case .rejectApplication: "reject the application"
        case .recordObjection: "record an objection"
        case .resolveObjection: "resolve the objection"
        case .closePublicity: "close publicity and grant the licence"
        case .suspendLicence: "suspend the licence"
        case .reinstateLicence: "reinstate the licence"
        case .reviewLicenceBasis: "reinstate the licence on another basis"
        case .revokeLicence: "revoke the licence"
        case .surrenderLicence: "surrender the licence"
        case .renewLicence: "renew the licence"
        case .applyForRenewal: "apply for renewal"
        case .setRegionTitle: "set the region title's standing"
        case .issueLabels: "issue label codes"
        case .printLabels: "print labels"
        case .voidLabels: "void labels"
        case .destroyLabels: "destroy labels"
        case .suspendLabels: "suspend labels"
        case .revokeLabels: "revoke labels"
        case .reinstateLabels: "reinstate labels"
        case .importObservations: "import observations"
        case .registerStation: "register a station"
        case .assessSeason: "assess the season's climate quality"
        case .issueCertificate: "issue a climate-quality certificate"
        case .overrideAssessment: "override the assessment"
        case .revokeCertificate: "revoke the climate-quality certificate"
        case .handleLabelReport: "handle the copy report"
        case .uploadCropModel: "upload a crop model version"
        case .rotateSnapshotKey: "rotate the snapshot signing key"
        case .acknowledgeCopySignal: "acknowledge the copy signal"
        }
    }

    /// The Chinese name of the action, as on a button.
    public var chinese: String {
        switch self {
        case .registerOperator: "登记经营主体"
        case .registerSubject: "登记认证对象"
        case .editSubject: "更正认证对象"
        case .submitApplication: "提交申请"
        case .acceptApplication: "受理"
        case .returnApplication: "退回补正"
        case .reviewApplication: "审核"
        case .approveApplication: "审批通过"
        case .rejectApplication: "不予通过"
        case .recordObjection: "登记公示异议"
        case .resolveObjection: "处理公示异议"
        case .closePublicity: "结束公示并发证"
        case .suspendLicence: "暂停许可"
        case .reinstateLicence: "恢复许可"
        case .reviewLicenceBasis: "复核后改依据恢复许可"
        case .revokeLicence: "撤销许可"
        case .surrenderLicence: "注销许可（主体申请）"
        case .renewLicence: "续展许可"
        case .applyForRenewal: "申请续展"
        case .setRegionTitle: "设置天然氧吧称号状态"
        case .issueLabels: "发放标签码"
        case .printLabels: "印制标签"
        case .voidLabels: "作废标签"
        case .destroyLabels: "销毁标签"
        case .suspendLabels: "暂停标签"
        case .revokeLabels: "撤销标签"
        case .reinstateLabels: "恢复标签"
        case .importObservations: "导入观测数据"
        case .registerStation: "登记监测站"
        case .assessSeason: "气候品质评估"
        case .issueCertificate: "签发气候品质认证证书"
        case .overrideAssessment: "专家改判气候品质评分"
        case .revokeCertificate: "撤销气候品质认证证书"
        case .handleLabelReport: "处理复制举报"
        case .uploadCropModel: "上传作物模型新版本"
        case .rotateSnapshotKey: "更换快照签名密钥"
        case .acknowledgeCopySignal: "核实并解除复制预警"
        }
    }
}
