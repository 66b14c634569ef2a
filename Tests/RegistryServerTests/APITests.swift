import Foundation
import Testing
import RegistryFixtures
@testable import RegistryServer

@Suite struct APITests {
    @Test func licenceDocumentDescribesTheLicenceAndItsHistory() async throws {
        let harness = try await ServerHarness()
        let answer = try await harness.get("/api/v1/licences/\(harness.fixture.suspended)")
        #expect(answer.status == 200)
        #expect(answer.header("Content-Type") == "application/json; charset=utf-8")
        let licence = try answer.json(LicenceJSON.self)
        #expect(licence.licenceNumber == harness.fixture.suspended)
        #expect(licence.kind == "product")
        #expect(licence.crop == "苹果")
        #expect(licence.holder.name == "延庆区旧县苹果专业合作社")
        #expect(licence.town?.pinyin == "Jiuxian")
        #expect(licence.status.state == "suspended")
        #expect(licence.status.label == "已暂停")
        #expect(licence.status.since == "2026-08-20")
        #expect(licence.issuingBody?.chinese == "北京市延庆区农业农村局")
        #expect(licence.history?.map(\.event) == ["granted", "suspended"])
        #expect(licence.history?.last?.correctionDeadline == "2026-10-01")
        #expect(licence.page == "/licence/\(harness.fixture.suspended)")
    }

    @Test func revokedAndSurrenderedLicencesAreGoneButStillDescribed() async throws {
        let harness = try await ServerHarness()
        for number in [harness.fixture.revoked, harness.fixture.surrendered] {
            let answer = try await harness.get("/api/v1/licences/\(number)")
            #expect(answer.status == 410)
            #expect(try answer.json(LicenceJSON.self).licenceNumber == number)
        }
        #expect(try await harness.get("/api/v1/licences/\(harness.fixture.expired)").status == 200)
    }

    @Test func refusalsHaveAJSONBodyInBothLanguages() async throws {
        let harness = try await ServerHarness()
        let missing = try await harness.get("/api/v1/licences/YQYB-P-2026-0404")
        #expect(missing.status == 404)
        let error = try missing.json(ErrorJSON.self).error
        #expect(error.code == "notFound")
        #expect(error.message.contains("没有找到许可"))
        #expect(error.messageEnglish.contains("No licence YQYB-P-2026-0404"))
        let malformed = try await harness.get("/api/v1/licences/%3Cscript%3E")
        #expect(malformed.status == 400)
        #expect(try malformed.json(ErrorJSON.self).error.message.contains("「许可编号」格式不对"))
        let unknownRoute = try await harness.get("/api/v1/labels")
        #expect(unknownRoute.status == 404)
        #expect(try unknownRoute.json(ErrorJSON.self).error.status == 404)
    }

    @Test func directoryAPIPagesAndFilters() async throws {
        let harness = try await ServerHarness()
        let first = try await harness.get("/api/v1/directory?per_page=5").json(DirectoryJSON.self)
        #expect(first.total == 6)
        #expect(first.pageCount == 2)
        #expect(first.entries.count == 5)
        #expect(first.entries.first?.licenceNumber == harness.fixture.surrendered)
        #expect(first.entries.allSatisfy { $0.history == nil && $0.scope == nil })
        let last = try await harness.get("/api/v1/directory?per_page=5&page=2").json(DirectoryJSON.self)
        #expect(last.entries.map(\.licenceNumber) == [harness.fixture.expired])
        let valid = try await harness.get("/api/v1/directory?status=valid").json(DirectoryJSON.self)
        #expect(Set(valid.entries.map(\.licenceNumber)) == [harness.fixture.valid, harness.fixture.scripted])
        #expect(try await harness.get("/api/v1/directory?page=x").status == 400)
        #expect(try await harness.get("/api/v1/directory?kind=%E8%8F%9C").status == 400)
    }
}
