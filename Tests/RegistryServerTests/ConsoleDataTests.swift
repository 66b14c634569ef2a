import ClimateQuality
import Foundation
import NIOCore
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The console's data section: observation CSV uploads all-or-nothing with a row-by-row result, crop
/// model versions checked before they are stored, and assessments run from the stored data.
@Suite(.serialized) struct ConsoleDataTests {
    static let header = "station_id,time,valid_minutes,temperature,precipitation,humidity"

    /// A console with the weather station of the climate fixture registered.
    static func harness() async throws -> ConsoleHarness {
        let harness = try await ConsoleHarness(day: "2026-11-25")
        _ = try harness.registry.write { try $0.addStation(ClimateFixture.weather, by: StoreFixture.meteorologist) }
        return harness
    }

    static func csv(_ lines: [String], header: String = header) -> Data {
        Data(([header] + lines).joined(separator: "\n").utf8)
    }

    static func upload(_ client: ConsoleClient, _ data: Data, kind: String = "hourly", name: String = "T01.csv") async throws -> Answer {
        var body = MultipartBody()
        body.field("kind", kind)
        body.file("file", fileName: name, type: "text/csv", data)
        return try await client.upload("/console/data/observations", body)
    }

    @Test func aGoodFileIsStoredAndTheStationShowsItsCoverage() async throws {
        let harness = try await Self.harness()
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let answer = try await Self.upload(meteorologist, Self.csv(["T01,2026-06-01T00:00,60,18.2,0,65", "T01,2026-06-01T01:00,60,17.9,0.2,70"]))
        #expect(answer.status == 303)
        #expect(try harness.registry.read { try $0.observationCoverage(of: "T01") }.hourlyRows == 2)
        let page = try await meteorologist.get("/console/data")
        #expect(page.text.contains("已导入 T01.csv：新增 2 行"))
        #expect(page.text.contains("<td>2 行</td><td>2026-06-01T00:00 至 2026-06-01T01:00</td>"))
        let event = try #require(try harness.registry.read { try $0.auditEvents(entity: .observationImport) }.first)
        #expect(event.actor == "孙卫东" && event.role == .meteorologist)
    }

    @Test(arguments: [
        ("unterminated", csv(["T01,\"2026-06-01T00:00,60,18.2,0,65"]), "文件在引号字段中途结束"),
        ("not-utf8", Data([0x73, 0x74, 0xFF, 0xFE, 0x0A, 0x31]), "不是有效的 UTF-8 文本"),
        ("wrong-header", csv(["T01,2026-06-01T00:00,18.2"], header: "station_id,time,temperatur"), "未知列名"),
        ("too-hot", csv(["T01,2026-06-01T00:00,60,18.2,0,65", "T01,2026-06-01T01:00,60,250,0,65"]), "超出合理范围"),
        ("unknown-station", csv(["X99,2026-06-01T00:00,60,18.2,0,65"]), "未登记的站号"),
        ("empty", Data(), "文件为空"),
    ])
    func aBadFileIsListedRowByRowAndNothingIsStored(name: String, data: Data, reason: String) async throws {
        let harness = try await Self.harness()
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let before = try harness.dump()
        let answer = try await Self.upload(meteorologist, data, name: "\(name).csv")
        #expect(answer.status == 422)
        #expect(answer.text.contains(#"id="rejections""#))
        #expect(answer.text.contains(reason), "\(name)")
        #expect(try harness.dump() == before)
    }

    @Test func theRefusedRowNamesItsLineColumnAndValue() async throws {
        let harness = try await Self.harness()
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let answer = try await Self.upload(meteorologist, Self.csv(["T01,2026-06-01T00:00,60,18.2,0,65", "T01,2026-06-01T01:00,60,250,0,65"]))
        #expect(answer.text.contains("<tr><td>3</td><td>temperature</td><td>250</td><td>超出合理范围 -60…60 ℃</td></tr>"))
    }

    @Test func aHugeFileIsRefusedBeforeItIsReadAndNothingIsStored() async throws {
        let harness = try await Self.harness()
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let before = try harness.dump()
        let line = "T01,2026-06-01T00:00,60,18.2,0,65\n"
        let answer = try await Self.upload(meteorologist, Data(String(repeating: line, count: ObservationUpload.limit / line.utf8.count + 10).utf8))
        #expect(answer.status == 413)
        #expect(try harness.dump() == before)
    }

    @Test func uploadsNeedTheTokenAndTheRole() async throws {
        let harness = try await Self.harness()
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let reviewer = try await harness.signedIn("李强", roles: [.reviewer])
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let before = try harness.dump()
        var body = MultipartBody()
        body.field("kind", "hourly")
        body.file("file", fileName: "T01.csv", type: "text/csv", Self.csv(["T01,2026-06-01T00:00,60,18.2,0,65"]))
        #expect(try await meteorologist.upload("/console/data/observations", body, withToken: false).status == 403)
        #expect(try await reviewer.upload("/console/data/observations", body).status == 403)
        #expect(try await printer.upload("/console/data/observations", body).status == 403)
        #expect(try await printer.get("/console/data").status == 403)
        #expect(try await reviewer.get("/console/data").status == 200)
        #expect(try harness.dump() == before)
    }

    @Test func anUploadWithoutAFileOrWithAnUnknownKindIsRefused() async throws {
        let harness = try await Self.harness()
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let before = try harness.dump()
        var noFile = MultipartBody()
        noFile.field("kind", "hourly")
        let missing = try await meteorologist.upload("/console/data/observations", noFile)
        #expect(missing.status == 422 && missing.text.contains("请选择要上传的 CSV 文件"))
        var weekly = MultipartBody()
        weekly.field("kind", "weekly")
        weekly.file("file", fileName: "T01.csv", type: "text/csv", Self.csv(["T01,2026-06-01T00:00,60,18.2,0,65"]))
        let unknown = try await meteorologist.upload("/console/data/observations", weekly)
        #expect(unknown.status == 422 && unknown.text.contains("应为小时数据或日数据"))
        let plain = try await harness.send(.post, "/console/data/observations?_csrf=\(meteorologist.csrf)", cookie: meteorologist.cookie,
                                           body: ByteBuffer(string: "kind=hourly"), contentType: "application/x-www-form-urlencoded")
        #expect(plain.status == 400)
        #expect(try harness.dump() == before)
    }

    /// The grape model file with some text replaced.
    static func grapeModel(_ replacements: [(String, String)]) throws -> Data {
        var text = try String(contentsOf: StoreFixture.schemas.appendingPathComponent("crops/grape.json"), encoding: .utf8)
        for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
        return Data(text.utf8)
    }

    static func uploadModel(_ client: ConsoleClient, _ data: Data, intent: String) async throws -> Answer {
        var body = MultipartBody()
        body.field("intent", intent)
        body.file("file", fileName: "grape.json", type: "application/json", data)
        return try await client.upload("/console/data/crop-models", body)
    }

    @Test(arguments: [
        ("\"weight\": 0.2,", "\"weight\": 0.3,", "stages"),
        ("\"code\": \"PT\"", "\"code\": \"PG\"", "code"),
        ("\"start\": \"06-01\"", "\"begin\": \"06-01\"", "stages[0].begin"),
        ("\"id\": \"grape\",", "\"id\": \"grape\", ", ""),
    ])
    func anInvalidCropModelIsExplainedAndNothingIsStored(old: String, new: String, path: String) async throws {
        let harness = try await Self.harness()
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let before = try harness.dump()
        let data = try Self.grapeModel([(old, new)] + (path.isEmpty ? [] : [("\"version\": \"2025.1\"", "\"version\": \"2026.1\"")]))
        let answer = try await Self.uploadModel(meteorologist, data, intent: "store")
        #expect(answer.status == 422)
        #expect(answer.text.contains(#"id="crop-model-invalid""#))
        if !path.isEmpty { #expect(answer.text.contains("<code id=\"crop-model-error-path\">\(path)</code>")) }
        #expect(try harness.dump() == before)
        #expect(try await Self.uploadModel(meteorologist, Data("{\"id\": ".utf8), intent: "validate").status == 422)
        #expect(try await Self.uploadModel(meteorologist, Data([0xFF, 0xFE, 0x7B, 0x00]), intent: "validate").status == 422)
        #expect(try await Self.uploadModel(meteorologist, Data(repeating: 0x20, count: CropModelUpload.limit + 1), intent: "store").status == 413)
        #expect(try harness.dump() == before)
    }

    @Test func aNewVersionIsValidatedThenStoredAndAssessmentsUseIt() async throws {
        let harness = try await Self.harness()
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let data = try Self.grapeModel([("\"version\": \"2025.1\"", "\"version\": \"2026.1\"")])
        let before = try harness.dump()
        let checked = try await Self.uploadModel(meteorologist, data, intent: "validate")
        #expect(checked.status == 200 && checked.text.contains(#"id="crop-model-valid""#))
        #expect(try harness.dump() == before)

        let stored = try await Self.uploadModel(meteorologist, data, intent: "store")
        #expect(stored.status == 303 && stored.location == "/console/data/crop-models/grape")
        #expect(try harness.registry.read { try $0.cropModel(for: "葡萄") }.version == "2026.1")
        let page = try await meteorologist.get("/console/data/crop-models/grape")
        #expect(page.text.contains(#"<dd id="crop-model-version">2026.1"#))
        #expect(page.text.contains("Schemas/crops 文件"))
        let shown = page.text.components(separatedBy: "<details>")[0]
        #expect(shown.contains("霜冻：发生于 开花坐果 时否决本季") && shown.contains("<td>日较差</td><td>平均气温日较差</td>"))
        #expect(shown.contains("区级默认模型，待市气候中心确认"))
        for identifier in ["flowering", "ripening", "meanTemperature", "meanDiurnalRange", "district-default-unconfirmed"] {
            #expect(!shown.contains(identifier), "\(identifier)")
        }
        #expect(try await Self.uploadModel(meteorologist, data, intent: "store").status == 422)
        let reviewer = try await harness.signedIn("李强", roles: [.reviewer])
        #expect(try await Self.uploadModel(reviewer, try Self.grapeModel([("\"version\": \"2025.1\"", "\"version\": \"2027.1\"")]),
                                           intent: "store").status == 403)
        #expect(try harness.registry.read { try $0.cropModelVersions(id: "grape") }.map(\.model.version) == ["2026.1", "2025.1"])
    }

    @Test func anAssessmentRunsFromStoredDataAndCertifies() async throws {
        let harness = try await ConsoleHarness(day: "2026-11-25")
        try ClimateFixture.load([ClimateFixture.weather], rows: ClimateFixture.rows([ClimateFixture.weather], year: 2026), into: harness.registry)
        let subject = try ClimateFixture.grape(harness.registry)
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let page = try await meteorologist.get("/console/data/assessments?subject=\(subject)")
        #expect(page.status == 200)
        #expect(page.text.contains("grape 2025.1"))
        #expect(page.text.contains("综合指数 IQ"))
        #expect(page.text.contains(#"id="certify-submit""#))
        let certified = try await meteorologist.post("/console/data/assessments/certify", [("subject", "\(subject)"), ("station", "")])
        #expect(certified.status == 303)
        let certificate = try #require(try harness.registry.read { try $0.climateCertificates(subjectID: subject) }.first)
        #expect(certificate.cropModel == "grape 2025.1")
        let again = try await meteorologist.get("/console/data/assessments?subject=\(subject)")
        #expect(again.text.contains(certificate.number))
        #expect(try await meteorologist.get("/console/data/assessments?subject=abc").status == 422)
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        #expect(try await printer.get("/console/data/assessments?subject=\(subject)").status == 403)
    }
}
