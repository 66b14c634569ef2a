import RegistryCore
import RegistryStore

/// The console's sections as the navigation lists them, each with the access that shows it: a
/// member of staff sees only the sections their roles open.
enum ConsoleNav {
    /// One link of the navigation.
    struct Item: Encodable {
        let label: String
        let href: String
        let current: Bool
    }

    static let sections: [(label: String, href: String, access: ConsoleAccess)] = [
        ("工作台", "/console", .signedIn),
        ("经营主体", "/console/operators", .roles([.clerk, .reviewer, .approver])),
        ("许可", "/console/licences", .roles([.clerk, .reviewer, .approver, .auditor])),
        ("标签", "/console/labels", .roles([.printer, .approver, .auditor])),
        ("复制预警", CopySignalsPage.path, CopySignalsPage.access),
        ("复制举报", CopyReportsPage.path, CopyReportsPage.access),
        ("数据", "/console/data", .roles([.meteorologist, .reviewer])),
        ("统计报送", "/console/dashboard", DashboardPage.access),
        ("审计日志", "/console/audit", AuditLogPage.access),
    ]

    /// The sections an account may open; `current` marks the one the path is in.
    static func items(for account: StaffAccount, current path: String) -> [Item] {
        let open = sections.filter { $0.access.allows(account) }
        let here = open.filter { path == $0.href || path.hasPrefix($0.href + "/") }.max { $0.href.count < $1.href.count }?.href
        return open.map { Item(label: $0.label, href: $0.href, current: $0.href == here) }
    }
}
