/// What an audit event records as done: one vocabulary, each action with its Chinese name. The raw
/// value is what the audit trail stores and hashes, so it never changes; a value no constant names
/// (written by an older version) is kept as it is and read back as it was.
public struct AuditAction: RawRepresentable, Hashable, Sendable, Codable, Comparable {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The action that records a `RegistryAction` under its own name.
    public init(_ action: RegistryAction) { rawValue = action.rawValue }

    public static func < (left: Self, right: Self) -> Bool { left.rawValue < right.rawValue }

    /// A new application, before it is submitted (or the application for a renewal).
    public static let createApplication = Self(rawValue: "createApplication")
    /// An objection resolved as founded: the application is refused.
    public static let upholdObjection = Self(rawValue: "upholdObjection")
    /// An objection resolved as unfounded.
    public static let dismissObjection = Self(rawValue: "dismissObjection")
    /// The licence granted when publicity closes.
    public static let grantLicence = Self(rawValue: "grantLicence")
    public static let login = Self(rawValue: "login")
    public static let loginFailed = Self(rawValue: "login-failed")
    /// An account locked after repeated wrong passwords.
    public static let lockOut = Self(rawValue: "lock-out")
    public static let logout = Self(rawValue: "logout")
    public static let addAccount = Self(rawValue: "account-add")
    public static let changePassword = Self(rawValue: "account-password")
    public static let unlockAccount = Self(rawValue: "account-unlock")
    public static let disableAccount = Self(rawValue: "account-disable")

    public static let registerOperator = Self(.registerOperator)
    public static let registerSubject = Self(.registerSubject)
    public static let editSubject = Self(.editSubject)
    public static let submitApplication = Self(.submitApplication)
    public static let acceptApplication = Self(.acceptApplication)
    public static let returnApplication = Self(.returnApplication)
    public static let reviewApplication = Self(.reviewApplication)
    public static let approveApplication = Self(.approveApplication)
    public static let rejectApplication = Self(.rejectApplication)
    public static let recordObjection = Self(.recordObjection)
    public static let resolveObjection = Self(.resolveObjection)
    public static let closePublicity = Self(.closePublicity)
    public static let suspendLicence = Self(.suspendLicence)
    public static let reinstateLicence = Self(.reinstateLicence)
    public static let reviewLicenceBasis = Self(.reviewLicenceBasis)
    public static let revokeLicence = Self(.revokeLicence)
    public static let surrenderLicence = Self(.surrenderLicence)
    public static let renewLicence = Self(.renewLicence)
    public static let applyForRenewal = Self(.applyForRenewal)
    public static let setRegionTitle = Self(.setRegionTitle)
    public static let issueLabels = Self(.issueLabels)
    public static let printLabels = Self(.printLabels)
    public static let voidLabels = Self(.voidLabels)
    public static let destroyLabels = Self(.destroyLabels)
    public static let suspendLabels = Self(.suspendLabels)
    public static let revokeLabels = Self(.revokeLabels)
    public static let reinstateLabels = Self(.reinstateLabels)
    public static let importObservations = Self(.importObservations)
    public static let registerStation = Self(.registerStation)
    public static let assessSeason = Self(.assessSeason)
    public static let issueCertificate = Self(.issueCertificate)
    public static let overrideAssessment = Self(.overrideAssessment)
    public static let revokeCertificate = Self(.revokeCertificate)
    public static let handleLabelReport = Self(.handleLabelReport)
    public static let uploadCropModel = Self(.uploadCropModel)
    public static let rotateSnapshotKey = Self(.rotateSnapshotKey)
    public static let acknowledgeCopySignal = Self(.acknowledgeCopySignal)

    /// Every action the registry records, with its Chinese name: the registry's own actions by the
    /// names on their buttons, and the steps that are not a button of their own.
    public static let known: [(action: AuditAction, chinese: String)] = RegistryAction.allCases.map { (Self($0), $0.chinese) } + [
        (.createApplication, "创建申请"), (.upholdObjection, "异议成立"), (.dismissObjection, "异议不成立"),
        (.grantLicence, "发放许可"), (.login, "登录"), (.loginFailed, "登录失败"), (.lockOut, "账号锁定"), (.logout, "退出登录"),
        (.addAccount, "新增账号"), (.changePassword, "修改密码"), (.unlockAccount, "解锁账号"), (.disableAccount, "停用账号"),
    ]

    private static let names = Dictionary(known.map { ($0.action, $0.chinese) }, uniquingKeysWith: { first, _ in first })

    /// The Chinese name; an action no constant names reads as 其他操作 with its recorded value.
    public var chinese: String { Self.names[self] ?? "其他操作（\(rawValue)）" }
}
