import RegistryCore

/// The Chinese names of what the audit trail records in English: an action by its `RegistryAction`
/// name or from this table, a state by the application's or licence's state names; anything else as
/// recorded.
enum AuditActionNames {
    static let others = [
        "createApplication": "创建申请", "upholdObjection": "异议成立", "dismissObjection": "异议不成立",
        "grantLicence": "发放许可", "registerStation": "登记监测站", "issueCertificate": "签发气候品质证书",
        "login": "登录", "login-failed": "登录失败", "lock-out": "账号锁定", "logout": "退出登录",
        "account-add": "新增账号", "account-password": "修改密码", "account-unlock": "解锁账号", "account-disable": "停用账号",
    ]

    static func chinese(_ action: String) -> String {
        RegistryAction(rawValue: action)?.chinese ?? others[action] ?? action
    }

    static func state(_ state: String) -> String {
        ApplicationState(rawValue: state)?.chinese ?? LicenceStatus(rawValue: state)?.chinese ?? state
    }
}
