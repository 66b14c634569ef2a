import Foundation
import Testing

/// `oxlabel user …` on a real registry: accounts with several roles, passwords from standard input,
/// refusals in both languages, lock-out lifted, accounts disabled, and every change audited.
@Suite struct UserAccountsEndToEndTests {
    @Test func accountsAreAddedListedUnlockedAndDisabled() throws {
        let cli = CommandLineRunner()
        try cli.ok(["init"])
        let added = try cli.run([], shell: "printf '延庆-long-password\\n' | OXLABEL_ACTOR=系统管理员 \"$1\" user add 王芳 --role clerk --role reviewer --password-stdin")
        #expect(added.status == 0)
        #expect(added.output.contains("王芳") && added.output.contains("受理员、审核员"))
        let listed = try cli.ok(["user", "list", "--json"])
        struct Listed: Decodable { let name: String; let roles: [String]; let disabled: Bool }
        let accounts = try JSONDecoder().decode([Listed].self, from: Data(listed.utf8))
        #expect(accounts.map(\.name) == ["王芳"] && accounts[0].roles == ["clerk", "reviewer"])
        #expect(!listed.contains("$2"))

        let before = try cli.dump()
        let short = try cli.run([], shell: "printf 'short\\n' | \"$1\" user add 李强 --role reviewer --password-stdin")
        #expect(short.status == 1 && short.error.contains("「密码」至少需要 10 个字符") && short.error.contains("|"))
        let duplicate = try cli.run([], shell: "printf '延庆-long-password\\n' | \"$1\" user add 王芳 --role clerk --password-stdin")
        #expect(duplicate.status == 1 && duplicate.error.contains("已经登记过"))
        let badRole = try cli.run([], shell: "printf '延庆-long-password\\n' | \"$1\" user add 李强 --role boss --password-stdin")
        #expect(badRole.status == 64 && badRole.error.contains("--role") && badRole.error.contains("clerk"))
        #expect(try cli.refused(["user", "unlock", "无此人"]).contains("找不到员工账号"))
        #expect(try cli.dump() == before)

        try cli.ok(["user", "unlock", "王芳"])
        let changed = try cli.run([], shell: "printf '另一个-long-password\\n' | \"$1\" user passwd 王芳 --password-stdin")
        #expect(changed.status == 0)
        try cli.ok(["user", "disable", "王芳"])
        #expect(try cli.ok(["user", "list"]).contains("已停用"))
        let audit = try cli.ok(["audit", "list", "--entity", "account", "--json"])
        for action in ["account-add", "account-unlock", "account-password", "account-disable"] { #expect(audit.contains(action)) }
        #expect(audit.contains("系统管理员"))
    }
}
