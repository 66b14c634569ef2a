import Crypto
import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The intake forms: operators, subjects and applications with evidence uploads, by role, with every kind
/// of bad input refused next to its field and nothing saved.
@Suite struct ConsoleIntakeTests {
    static let uscc = USCC.completing("93110119MA01ABCD1")!.value
    static let operatorFields = [("uscc", uscc), ("name", "延庆区前黑龙庙葡萄种植专业合作社"), ("kind", "cooperative"), ("town", "张山营镇"),
                                 ("address", "前黑龙庙村 8 号"), ("contact", "张建国"), ("phone", "010-6918 0001")]

    /// The fields with some replaced.
    static func fields(_ base: [(String, String)], _ changes: [String: String]) -> [(String, String)] {
        base.map { ($0.0, changes[$0.0] ?? $0.1) }
    }

    /// The text of the message beside a field (`id="<id>-error"`), if any.
    static func message(_ page: String, _ id: String) -> String? {
        guard let start = page.range(of: "id=\"\(id)-error\">") else { return nil }
        return String(page[start.upperBound...].prefix { $0 != "<" })
    }

    /// Files under the evidence folder, staging excluded.
    static func storedFiles(_ harness: ConsoleHarness) -> [String] {
        let folder = harness.registry.evidence.folder
        let all = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        return all.filter { !$0.hasPrefix("staging") && $0.split(separator: "/").count == 2 }
    }

    @Test func aClerkRegistersAnOperatorAndSeesIt() async throws {
        let harness = try await ConsoleHarness()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let answer = try await clerk.post("/console/operators", Self.operatorFields)
        #expect(answer.status == 303)
        #expect(answer.location == "/console/operators/\(Self.uscc)")
        let stored = try #require(try harness.registry.read { try $0.operator(Self.uscc) })
        #expect(stored.name == "延庆区前黑龙庙葡萄种植专业合作社" && stored.kind == .cooperative && stored.phone == "010-6918 0001")
        let page = try await clerk.get("/console/operators/\(Self.uscc)")
        #expect(page.status == 200 && page.text.contains("延庆区前黑龙庙葡萄种植专业合作社"))
        let list = try await clerk.get("/console/operators?q=%E8%91%A1%E8%90%84")
        #expect(list.text.contains(Self.uscc))
        #expect(try await clerk.get("/console/operators?q=XYZ").text.contains(Self.uscc) == false)
    }

    /// Each bad input: the field, what was typed, and a piece of the message beside it.
    static let badOperatorInput: [(field: String, value: String, message: String)] = [
        ("name", "", "必填"),
        ("name", String(repeating: "葡", count: 101), "最多 100 个字"),
        ("address", "  ", "必填"),
        ("uscc", String(uscc.dropLast()) + (uscc.last == "1" ? "2" : "1"), "第 18 位校验码应为「\(uscc.last!)」"),
        ("uscc", "93110119MA01ABCDI" + String(uscc.last!), "第 17 位「I」不是合法字符"),
        ("uscc", "", "应为 18 位"),
        ("kind", "", "请选择类别"),
        ("town", "海淀镇", "请从列表中选择"),
        ("phone", "电话 123", "只能包含数字"),
    ]

    @Test(arguments: badOperatorInput)
    func badOperatorInputIsRefusedBesideTheFieldAndNothingIsSaved(field: String, value: String, message: String) async throws {
        let harness = try await ConsoleHarness()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let before = try harness.dump()
        let answer = try await clerk.post("/console/operators", Self.fields(Self.operatorFields, [field: value]))
        #expect(answer.status == 422)
        #expect(Self.message(answer.text, "operator-\(field)")?.contains(message) == true, "\(Self.message(answer.text, "operator-\(field)") ?? "no message")")
        #expect(try harness.dump() == before)
        #expect(answer.text.contains("value=\"前黑龙庙村 8 号\"") || field == "address")
    }

    @Test func aStorageFailureBehindAFormShowsNoDatabaseDetails() async throws {
        let harness = try await ConsoleHarness()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        try harness.fixture.tamper("""
            CREATE TRIGGER refuse_operators BEFORE INSERT ON operators BEGIN SELECT RAISE(ABORT, 'operators-trigger-detail'); END
            """)
        let answer = try await clerk.post("/console/operators", Self.operatorFields)
        #expect(answer.status == 500)
        #expect(!answer.text.contains("operators-trigger-detail") && !answer.text.contains("登记库操作失败"))
        #expect(try harness.registry.read { try $0.operator(Self.uscc) } == nil)
    }

    @Test func everyWrongFieldOfTheOperatorFormIsShownAtOnce() async throws {
        let harness = try await ConsoleHarness()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let before = try harness.dump()
        let answer = try await clerk.post("/console/operators", Self.fields(Self.operatorFields, ["uscc": "9311", "name": "", "town": "", "address": ""]))
        #expect(answer.status == 422)
        #expect(Self.message(answer.text, "operator-uscc")?.contains("应为 18 位，实为 4 位") == true)
        #expect(Self.message(answer.text, "operator-name") == "必填")
        #expect(Self.message(answer.text, "operator-town")?.contains("请从列表中选择") == true)
        #expect(Self.message(answer.text, "operator-address") == "必填")
        #expect(try harness.dump() == before)
    }

    @Test func aDuplicateUSCCIsRefusedBesideTheFieldAndHTMLInANameIsKeptAsText() async throws {
        let harness = try await ConsoleHarness()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let name = "<script>alert(1)</script>合作社"
        #expect(try await clerk.post("/console/operators", Self.fields(Self.operatorFields, ["name": name])).status == 303)
        #expect(try harness.registry.read { try $0.operator(Self.uscc) }?.name == name)
        let page = try await clerk.get("/console/operators/\(Self.uscc)")
        #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;合作社") && !page.text.contains("<script>alert"))
        let before = try harness.dump()
        let again = try await clerk.post("/console/operators", Self.operatorFields)
        #expect(again.status == 422)
        #expect(Self.message(again.text, "operator-uscc")?.contains("已经登记过") == true)
        #expect(try harness.dump() == before)
    }

    @Test func otherRolesGet403AndNothingChanges() async throws {
        let harness = try await ConsoleHarness()
        let subject = try harness.fixture.grapeSubject(harness.registry)
        for roles: [Role] in [[.reviewer], [.approver], [.printer, .meteorologist], [.auditor, .admin]] {
            let name = roles.map(\.rawValue).joined()
            let other = try await harness.signedIn(name, roles: roles)
            let before = try harness.dump()
            #expect(try await other.post("/console/operators", Self.fields(Self.operatorFields, ["uscc": USCC.completing("93110119MA01ABCD2")!.value])).status == 403)
            #expect(try await other.post("/console/operators/\(Self.uscc)/subjects", [("kind", "product"), ("name", "苹果")]).status == 403)
            #expect(try await other.get("/console/operators/\(Self.uscc)/subjects/new?kind=dish").status == 403)
            var body = MultipartBody()
            body.field("evidence_kind_1", "greenFood")
            body.field("evidence_ref_1", "GF1")
            body.file("evidence_file_1", fileName: "a.pdf", SampleFiles.pdf)
            #expect(try await other.upload("/console/subjects/\(subject)/applications", body).status == 403)
            #expect(try harness.dump() == before)
            #expect(Self.storedFiles(harness).isEmpty)
        }
    }

    @Test func aClerkRegistersEachKindOfSubject() async throws {
        let harness = try await ConsoleHarness()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        _ = try await clerk.post("/console/operators", Self.operatorFields)
        let forms: [[(String, String)]] = [
            [("kind", "product"), ("name", "巨峰葡萄"), ("town", "张山营镇"), ("crop", "葡萄"), ("variety", "巨峰"), ("plot", "东坡地块"),
             ("lat", "40.49"), ("lon", "115.87"), ("elevation", "525"), ("area_mu", "120"), ("season", "2026"), ("expected_kg", "150000"),
             ("pack_kg", "5"), ("gtin", "")],
            [("kind", "homestay"), ("name", "山里寒舍"), ("town", "珍珠泉乡"), ("address", "八亩地村"), ("rooms", "12"), ("lat", "40.60"), ("lon", "116.45")],
            [("kind", "dish"), ("name", "氧吧杏仁豆腐"), ("town", "八达岭镇"), ("restaurant", "八达岭农家院"), ("ingredients", "香白杏仁：300\r\n牛奶:150\r\n")],
        ]
        for (index, form) in forms.enumerated() {
            let answer = try await clerk.post("/console/operators/\(Self.uscc)/subjects", form)
            #expect(answer.status == 303)
            #expect(answer.location == "/console/subjects/\(index + 1)")
        }
        let subjects = try harness.registry.read { try $0.subjects(operatorUSCC: Self.uscc) }
        #expect(subjects.map(\.kind) == [.product, .homestay, .dish])
        guard case .dish(let dish) = subjects[2].details else { Issue.record("not a dish"); return }
        #expect(dish.ingredients.map(\.grams) == [300, 150])
        let page = try await clerk.get("/console/subjects/1")
        #expect(page.status == 200 && page.text.contains("巨峰葡萄") && page.text.contains("id=\"application-submit\""))
        #expect(try await clerk.get("/console/operators/\(Self.uscc)/subjects/new?kind=homestay").text.contains("name=\"rooms\""))
    }

    @Test func aClerkCorrectsASubjectFromItsPageAndAMistypedNumberIsShownBesideTheField() async throws {
        let harness = try await ConsoleHarness()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        _ = try await clerk.post("/console/operators", Self.operatorFields)
        let product = [("kind", "product"), ("name", "巨峰葡萄"), ("town", "张山营镇"), ("crop", "葡萄"), ("plot", "东坡地块"), ("lat", "40.49"),
                       ("lon", "115.87"), ("elevation", "525"), ("area_mu", "120"), ("season", "2026"), ("expected_kg", "150000"), ("pack_kg", "5")]
        _ = try await clerk.post("/console/operators/\(Self.uscc)/subjects", product)
        #expect(try await clerk.get("/console/subjects/1").text.contains("id=\"subject-edit\""))
        let form = try await clerk.get("/console/subjects/1/edit")
        #expect(form.status == 200 && form.text.contains("value=\"东坡地块\"") && form.text.contains("value=\"525.0\""))
        let edited = [("name", "巨峰葡萄"), ("town", "张山营镇"), ("crop", "葡萄"), ("variety", ""), ("plot", "前黑龙庙村东坡地块"), ("lat", "40.49"),
                      ("lon", "115.87"), ("elevation", "528"), ("area_mu", "120.0"), ("season", "2026"), ("expected_kg", "150000.0"),
                      ("pack_kg", "5.0"), ("gtin", "")]
        let before = try harness.dump()
        let refused = try await clerk.post("/console/subjects/1/edit", Self.fields(edited, ["elevation": "五百"]))
        #expect(refused.status == 422 && Self.message(refused.text, "subject-elevation") == "应为数字")
        #expect(try harness.dump() == before)
        let saved = try await clerk.post("/console/subjects/1/edit", edited)
        #expect(saved.status == 303 && saved.location == "/console/subjects/1")
        let subject = try harness.registry.read { try $0.subject(1) }
        guard case .product(let stored) = subject.details else { Issue.record("not a product"); return }
        #expect(stored.plot == "前黑龙庙村东坡地块" && stored.location.elevation == 528 && stored.areaMu == 120)
        let reviewer = try await harness.signedIn("李强", roles: [.reviewer])
        #expect(try await reviewer.get("/console/subjects/1/edit").status == 403)
        #expect(try await !reviewer.get("/console/subjects/1").text.contains("id=\"subject-edit\""))
    }

    static let badSubjectInput: [(field: String, value: String, message: String)] = [
        ("name", "", "必填"),
        ("name", String(repeating: "果", count: 101), "最多 100 个字"),
        ("crop", "", "必填"),
        ("area_mu", "一百", "应为数字"),
        ("season", "2026.5", "应为整数"),
        ("lat", "", "必填"),
        ("pack_kg", "200000", "不超过预计产量"),
        ("town", "", "请从列表中选择"),
    ]

    @Test(arguments: badSubjectInput)
    func badSubjectInputIsRefusedBesideTheFieldAndNothingIsSaved(field: String, value: String, message: String) async throws {
        let harness = try await ConsoleHarness()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        _ = try await clerk.post("/console/operators", Self.operatorFields)
        let before = try harness.dump()
        let product = [("kind", "product"), ("name", "巨峰葡萄"), ("town", "张山营镇"), ("crop", "葡萄"), ("plot", "东坡地块"), ("lat", "40.49"),
                       ("lon", "115.87"), ("elevation", "525"), ("area_mu", "120"), ("season", "2026"), ("expected_kg", "150000"), ("pack_kg", "5")]
        let answer = try await clerk.post("/console/operators/\(Self.uscc)/subjects", Self.fields(product, [field: value]))
        #expect(answer.status == 422)
        let shown = Self.message(answer.text, "subject-\(field.replacingOccurrences(of: "_", with: "-"))")
        #expect(shown?.contains(message) == true, "\(shown ?? "no message")")
        #expect(answer.text.contains("value=\"东坡地块\""))
        #expect(try harness.dump() == before)
    }

    @Test func theSubjectFormShowsItsNameTownAndDetailProblemsAtOnce() async throws {
        let harness = try await ConsoleHarness()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        _ = try await clerk.post("/console/operators", Self.operatorFields)
        let before = try harness.dump()
        let answer = try await clerk.post("/console/operators/\(Self.uscc)/subjects",
                                          [("kind", "homestay"), ("name", ""), ("town", ""), ("address", "八亩地村"), ("rooms", "0"), ("lat", "40.6"), ("lon", "116.45")])
        #expect(answer.status == 422)
        #expect(Self.message(answer.text, "subject-name") == "必填")
        #expect(Self.message(answer.text, "subject-town")?.contains("请从列表中选择") == true)
        #expect(Self.message(answer.text, "subject-rooms")?.contains("1–500") == true)
        #expect(try harness.dump() == before)
    }

    @Test func aClerkSubmitsAnApplicationWithAScanAndStaffDownloadIt() async throws {
        let harness = try await ConsoleHarness()
        let subject = try harness.fixture.grapeSubject(harness.registry)
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        var body = MultipartBody()
        body.field("_csrf", clerk.csrf)
        body.field("rows", "3")
        body.field("evidence_kind_1", "foodSafetyTest")
        body.field("evidence_ref_1", "JC-2026-0001")
        body.field("evidence_value_1", "合格")
        body.field("evidence_until_1", "2027-06-30")
        body.file("evidence_file_1", fileName: "检测报告.pdf", type: "application/pdf", SampleFiles.pdf)
        body.field("evidence_kind_2", "greenFood")
        body.field("evidence_ref_2", "GF110229260001")
        body.field("evidence_until_2", "")
        body.file("evidence_file_2", fileName: "", Data())
        body.field("evidence_kind_3", "")
        body.field("evidence_ref_3", "")
        let answer = try await clerk.upload("/console/subjects/\(subject)/applications", body)
        #expect(answer.status == 303)
        #expect(answer.location == "/console/applications/SQ-2026-0001")
        let application = try harness.registry.read { try $0.application("SQ-2026-0001") }
        #expect(application.state == .submitted && application.evidence.count == 2)
        let file = try #require(application.evidence[0].file)
        let digest = SHA256.hash(data: SampleFiles.pdf).map { String(format: "%02x", $0) }.joined()
        #expect(file == (try EvidenceFile(sha256: digest, sizeBytes: SampleFiles.pdf.count, fileName: "检测报告.pdf", mediaType: .pdf)))
        #expect(application.evidence[1].file == nil)
        #expect(Self.storedFiles(harness) == ["\(digest.prefix(2))/\(digest)"])
        let staging = harness.registry.evidence.folder.appendingPathComponent("staging").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging).isEmpty)

        let reviewer = try await harness.signedIn("李强", roles: [.reviewer])
        let download = try await reviewer.get("/console/evidence/\(digest)")
        #expect(download.status == 200 && download.data == SampleFiles.pdf)
        #expect(download.header("Content-Type") == "application/pdf")
        #expect(download.header("Content-Disposition")?.hasPrefix("attachment") == true)
        #expect(try await reviewer.get("/console/evidence/\(String(repeating: "0", count: 64))").status == 404)
        #expect(try await reviewer.get("/console/evidence/..%2F..%2Fregistry.sqlite").status == 404)
        #expect(try await reviewer.get("/console/evidence/\(digest.uppercased())").status == 404)
        #expect(try await reviewer.get("/console/evidence/\(digest)%00").status == 404)
        #expect(download.header("X-Content-Type-Options") == "nosniff")
        #expect(try await harness.send(.get, "/console/evidence/\(digest)").status == 303)
    }

    @Test func a50MBUploadIsRefusedBesideItsFieldAndNothingIsSaved() async throws {
        let harness = try await ConsoleHarness()
        let subject = try harness.fixture.grapeSubject(harness.registry)
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let before = try harness.dump()
        var body = MultipartBody()
        body.field("evidence_kind_1", "foodSafetyTest")
        body.field("evidence_ref_1", "JC-2026-0001")
        body.file("evidence_file_1", fileName: "扫描.pdf", type: "application/pdf", SampleFiles.pdf(megabytes: 50))
        body.field("evidence_kind_2", "greenFood")
        body.field("evidence_ref_2", "GF110229260001")
        body.file("evidence_file_2", fileName: "green.png", type: "image/png", SampleFiles.png)
        let answer = try await clerk.upload("/console/subjects/\(subject)/applications", body)
        #expect(answer.status == 422)
        #expect(Self.message(answer.text, "evidence-file-1")?.contains("文件过大：每个文件最大 20 MB") == true)
        #expect(answer.text.contains("value=\"GF110229260001\""))
        #expect(try harness.dump() == before)
        #expect(Self.storedFiles(harness).isEmpty)
    }

    static let badEvidence: [(field: String, value: String, message: String)] = [
        ("evidence_ref_1", "", "必填"),
        ("evidence_ref_1", String(repeating: "J", count: 101), "最多 100 个字"),
        ("evidence_kind_1", "", "请选择证明文件类别"),
        ("evidence_until_1", "2027-02-30", "YYYY-MM-DD"),
    ]

    @Test(arguments: badEvidence)
    func badEvidenceIsRefusedBesideItsFieldAndNoFileIsKept(field: String, value: String, message: String) async throws {
        let harness = try await ConsoleHarness()
        let subject = try harness.fixture.grapeSubject(harness.registry)
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let before = try harness.dump()
        var values = ["evidence_kind_1": "foodSafetyTest", "evidence_ref_1": "JC-2026-0001", "evidence_until_1": "2027-06-30"]
        values[field] = value
        var body = MultipartBody()
        for (name, text) in values.sorted(by: { $0.key < $1.key }) { body.field(name, text) }
        body.file("evidence_file_1", fileName: "a.pdf", SampleFiles.pdf)
        let answer = try await clerk.upload("/console/subjects/\(subject)/applications", body)
        #expect(answer.status == 422)
        let id = field.replacingOccurrences(of: "_", with: "-")
        #expect(Self.message(answer.text, id)?.contains(message) == true, "\(Self.message(answer.text, id) ?? "no message")")
        #expect(Self.message(answer.text, "evidence-file-1")?.contains("请重新选择") == true)
        #expect(try harness.dump() == before)
        #expect(Self.storedFiles(harness).isEmpty)
    }

    @Test func aFileOfTheWrongTypeOrAnUploadWithoutTheTokenIsRefusedAndNothingSaved() async throws {
        let harness = try await ConsoleHarness()
        let subject = try harness.fixture.grapeSubject(harness.registry)
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let before = try harness.dump()
        var body = MultipartBody()
        body.field("evidence_kind_1", "foodSafetyTest")
        body.field("evidence_ref_1", "JC-2026-0001")
        body.file("evidence_file_1", fileName: "report.pdf", type: "application/pdf", SampleFiles.gif)
        let wrongType = try await clerk.upload("/console/subjects/\(subject)/applications", body)
        #expect(wrongType.status == 422)
        #expect(Self.message(wrongType.text, "evidence-file-1")?.contains("只接受 PDF、JPEG 或 PNG") == true)
        var good = MultipartBody()
        good.field("evidence_kind_1", "foodSafetyTest")
        good.field("evidence_ref_1", "JC-2026-0001")
        good.file("evidence_file_1", fileName: "a.pdf", SampleFiles.pdf)
        #expect(try await clerk.upload("/console/subjects/\(subject)/applications", good, withToken: false).status == 403)
        #expect(try harness.dump() == before)
        #expect(Self.storedFiles(harness).isEmpty)
    }

    @Test func aSecondApplicationWhileOneIsOpenIsRefusedWithTheDomainsReason() async throws {
        let harness = try await ConsoleHarness()
        let subject = try harness.fixture.grapeSubject(harness.registry)
        _ = try harness.registry.write { try $0.apply(subjectID: subject, evidence: StoreFixture.goodEvidence, by: StoreFixture.clerk) }
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let before = try harness.dump()
        var body = MultipartBody()
        body.field("evidence_kind_1", "greenFood")
        body.field("evidence_ref_1", "GF1")
        body.file("evidence_file_1", fileName: "a.png", SampleFiles.png)
        let answer = try await clerk.upload("/console/subjects/\(subject)/applications", body)
        #expect(answer.status == 422)
        #expect(answer.text.contains("已有未办结的申请「SQ-2026-0001」"))
        #expect(try harness.dump() == before)
        #expect(Self.storedFiles(harness).isEmpty)
    }
}
