import Foundation
import Hummingbird
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The guard every console route passes: roles, CSRF, form limits, flash messages and the frame's
/// navigation, on two routes of a test section.
@Suite struct ConsoleGuardTests {
    /// A section with a page for auditors and a form that registers an operator (clerks only).
    static let section: @Sendable (ConsoleRoutes) -> Void = { routes in
        routes.registerSections()
        routes.get("/test/audit-only", access: .roles([.auditor])) { call in
            try call.page(NoticeView(frame: call.frame(title: "审计"), heading: "审计", message: "仅审计可见"))
        }
        routes.post("/test/operators", access: .action(.registerOperator)) { call, form in
            var errors = FormErrors()
            let name = errors.check("name") { try TextInput.required(form["name"], field: FieldName("名称", "name"), maxLength: 20) }
            guard let name, errors.isEmpty else {
                return try call.page(NoticeView(frame: call.frame(title: "登记"), heading: "登记",
                                                                  message: errors.messages["name"] ?? ""), status: .unprocessableContent)
            }
            let grower = try Operator(uscc: USCC.completing("93110119MA01ABCD1")!.value, name: name, kind: .cooperative,
                                      town: "张山营镇", address: "前黑龙庙村 8 号")
            try call.change(.registerOperator) { tx, actor in try tx.addOperator(grower, by: actor) }
            return try call.redirect(to: "/console", flash: .notice("已登记经营主体：\(name)"))
        }
        routes.get("/test/refusals/{kind}", access: .roles([.clerk])) { call in
            switch try call.parameter("kind") {
            case "missing": throw RegistryError.notFound(entity: .licence, id: "YQYB-P-2026-9999")
            case "invalid": throw FieldError.invalid(field: FieldName("数量", "count"), chinese: "「数量」应为正整数", english: "count must be positive")
            default: throw StoreError.database(detail: "disk I/O error at /var/secret.sqlite")
            }
        }
    }

    /// A section with an upload of a file of at most 1 KB that answers the number of bytes it got.
    static let uploads: @Sendable (ConsoleRoutes) -> Void = { routes in
        routes.registerSections()
        routes.upload("/test/upload", access: .action(.importObservations), limits: .inMemory(fileBytes: 1024), files: InMemoryFiles()) { call, form in
            try call.page(NoticeView(frame: call.frame(title: "上传"), heading: "上传",
                                                       message: "收到 \(form.files["file"]?.content.count ?? 0) 字节"))
        }
    }

    @Test func anUploadChecksTheTokenInTheQueryAndItsLimit() async throws {
        let harness = try await ConsoleHarness(sections: Self.uploads)
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        func upload(_ client: ConsoleClient, token: String?, bytes: Int) async throws -> Answer {
            var body = MultipartBody()
            body.file("file", fileName: "a.bin", Data(repeating: 0x41, count: bytes))
            return try await harness.send(.post, "/console/test/upload" + (token.map { "?_csrf=\($0)" } ?? ""), cookie: client.cookie,
                                          body: body.buffer, contentType: body.contentType)
        }
        let accepted = try await upload(meteorologist, token: meteorologist.csrf, bytes: 1000)
        #expect(accepted.status == 200 && accepted.text.contains("收到 1000 字节"))
        #expect(try await upload(meteorologist, token: nil, bytes: 10).status == 403)
        #expect(try await upload(meteorologist, token: clerk.csrf, bytes: 10).status == 403)
        #expect(try await upload(clerk, token: clerk.csrf, bytes: 10).status == 403)
        let large = try await upload(meteorologist, token: meteorologist.csrf, bytes: 5000)
        #expect(large.status == 413 && large.text.contains("1 KB"))
    }

    struct NoticeView: PageView {
        static let template = "console-notice"
        let frame: ConsoleFrame
        let heading: String
        let message: String
    }

    @Test func aRoleWithoutTheRightGetsTheChinese403AndNothingChanges() async throws {
        let harness = try await ConsoleHarness(sections: Self.section)
        let printer = try await harness.signedIn("孙丽", roles: [.printer, .reviewer])
        let before = try harness.dump()
        let answer = try await printer.post("/console/test/operators", [("name", "合作社")])
        #expect(answer.status == 403)
        #expect(answer.text.contains("没有权限"))
        #expect(try harness.dump() == before)
        #expect(try await printer.get("/console/test/audit-only").status == 403)
    }

    @Test func theRoleThatPermitsTheActionIsRecorded() async throws {
        let harness = try await ConsoleHarness(sections: Self.section)
        let clerk = try await harness.signedIn("王芳", roles: [.reviewer, .clerk])
        let answer = try await clerk.post("/console/test/operators", [("name", "<b>合作社</b>")])
        #expect(answer.status == 303)
        #expect(answer.location == "/console")
        let event = try #require(try harness.registry.read { try $0.auditEvents(entity: .operator) }.first)
        #expect(event.actor == "王芳" && event.role == .clerk)
        let page = try await clerk.get("/console")
        #expect(page.text.contains("已登记经营主体：&lt;b&gt;合作社&lt;/b&gt;"))
        #expect(try await clerk.get("/console").text.contains("已登记经营主体") == false)
    }

    @Test func aMissingOrWrongTokenIs403AndNothingChanges() async throws {
        let harness = try await ConsoleHarness(sections: Self.section)
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let other = try await harness.signedIn("李娜", roles: [.clerk])
        let before = try harness.dump()
        for token in [ConsoleClient.Token.missing, .other(""), .other(other.csrf)] {
            let answer = try await clerk.post("/console/test/operators", [("name", "合作社")], token: token)
            #expect(answer.status == 403)
            #expect(answer.text.contains("表单已失效"))
        }
        #expect(try harness.dump() == before)
    }

    @Test func badInputIsShownNextToTheFieldAndNothingChanges() async throws {
        let harness = try await ConsoleHarness(sections: Self.section)
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let before = try harness.dump()
        let empty = try await clerk.post("/console/test/operators", [("name", "  ")])
        #expect(empty.status == 422)
        #expect(empty.text.contains("「名称」不能为空"))
        let long = try await clerk.post("/console/test/operators", [("name", String(repeating: "长", count: 21))])
        #expect(long.text.contains("过长"))
        let notUTF8 = try await harness.send(.post, "/console/test/operators", cookie: clerk.cookie, body: ByteBuffer(string: "_csrf=\(clerk.csrf)&name=%FF%FE"),
                                             contentType: "application/x-www-form-urlencoded")
        #expect(notUTF8.text.contains("UTF-8"))
        let huge = try await clerk.post("/console/test/operators", [("name", String(repeating: "x", count: 70_000))])
        #expect(huge.status == 413)
        let wrongType = try await harness.send(.post, "/console/test/operators", cookie: clerk.cookie, body: ByteBuffer(string: "{}"),
                                               contentType: "application/json")
        #expect(wrongType.status == 400)
        #expect(try harness.dump() == before)
    }

    @Test func theNavigationListsOnlyTheSectionsTheRolesOpen() async throws {
        let harness = try await ConsoleHarness()
        let printer = try await harness.signedIn("孙丽", roles: [.printer]).get("/console")
        #expect(printer.text.contains("href=\"/console/labels\""))
        #expect(!printer.text.contains("href=\"/console/audit\""))
        #expect(!printer.text.contains("href=\"/console/operators\""))
        let auditor = try await harness.signedIn("钱审", roles: [.auditor]).get("/console")
        #expect(auditor.text.contains("href=\"/console/audit\""))
    }

    @Test func aRefusalGetsTheStatusOfItsKindAndAFaultAPlainApology() async throws {
        let harness = try await ConsoleHarness(sections: Self.section)
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let missing = try await clerk.get("/console/test/refusals/missing")
        #expect(missing.status == 404 && missing.text.contains("找不到许可「YQYB-P-2026-9999」"))
        let invalid = try await clerk.get("/console/test/refusals/invalid")
        #expect(invalid.status == 422 && invalid.text.contains("「数量」应为正整数"))
        let fault = try await clerk.get("/console/test/refusals/fault")
        #expect(fault.status == 500 && !fault.text.contains("secret") && !fault.text.contains("disk I/O"))
    }

    @Test func aDomainRefusalShowsItsChineseReason() async throws {
        let harness = try await ConsoleHarness(sections: Self.section)
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        #expect(try await clerk.post("/console/test/operators", [("name", "合作社")]).status == 303)
        let again = try await clerk.post("/console/test/operators", [("name", "合作社")])
        #expect(again.status == 409)
        #expect(again.text.contains("已经登记过，不能重复登记"))
    }
}
