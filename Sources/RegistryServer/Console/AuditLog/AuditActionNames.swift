import RegistryCore

/// The Chinese name of an action as the audit trail records it: the workflow's actions by their
/// `RegistryAction` name, the others from this table, anything else as recorded.
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
}
