import Foundation
import Testing
import RegistryCore
import RegistryFixtures
@testable import RegistryServer

@Suite struct VerificationTests {
    @Test func everyStatusShowsItsBadgeReasonAndFacts() async throws {
        let harness = try await ServerHarness()
        let codes = harness.fixture.labels
        let expectations: [(String, String, [String])] = [
            ("valid", "<span class=\"badge valid\">有效</span>", ["巨峰葡萄", "延庆区前黑龙庙葡萄种植专业合作社", "张山营镇", "2027-07-14",
                                                               "href=\"/licence/\(harness.fixture.valid)\"", "北京市延庆区农业农村局",
                                                               "首次查询于 2026-09-01 · 共查询 1 次"]),
            ("suspended", "<span class=\"badge suspended\">已暂停</span>", ["自 2026-08-20 起，抽检农残超标（整改期限 2026-10-01）"]),
            ("revoked", "<span class=\"badge revoked\">已撤销</span>", ["自 2026-08-20 起，伪造、转让或超量使用标识"]),
            ("revokedBatch", "<span class=\"badge revoked\">已撤销</span>", ["已撤销：该批标签被冒用"]),
            ("voided", "<span class=\"badge voided\">已作废</span>", ["自 2026-08-20 起，标签已作废：打印机卡纸", "此码可能被复制", "作废后仍被查询 1 次"]),
            ("expired", "<span class=\"badge expired\">已过期</span>", ["自 2026-07-15 起，许可有效期至 2026-07-14"]),
            ("surrendered", "<span class=\"badge surrendered\">已注销</span>", ["持证主体申请注销"]),
        ]
        for (key, badge, facts) in expectations {
            let page = try await harness.get("/V/\(codes[key]!.text)")
            #expect(page.status == 200, "\(key)")
            #expect(page.text.contains(badge), "\(key)")
            #expect(page.text.contains(codes[key]!.grouped()), "\(key)")
            for fact in facts { #expect(page.text.contains(fact), "\(key): \(fact)") }
            #expect(page.data.count < 30_000, "\(key) is \(page.data.count) bytes")
            #expect(!page.text.contains("<script"))
        }
    }

    @Test func typedCodesAreForgivenAndEveryPathFormWorks() async throws {
        let harness = try await ServerHarness()
        let code = harness.fixture.labels["valid"]!
        for path in ["/V/\(code.text)", "/v/\(code.text.lowercased())", "/V/\(code.grouped(separator: "-"))",
                     "/V/\(code.grouped(separator: "%20"))", "/01/06901234567892/10/A1/21/\(code.text)"] {
            let page = try await harness.get(path)
            #expect(page.status == 200, "\(path)")
            #expect(page.text.contains("<span class=\"badge valid\">有效</span>"), "\(path)")
            // The label's batch has no GTIN: a Digital Link with one resolves, with the warning.
            #expect(page.text.contains("商品条码与登记不符") == path.hasPrefix("/01/"), "\(path)")
        }
        let typed = try await harness.get("/verify?code=\(code.grouped(separator: "+"))")
        #expect(typed.status == 303)
        #expect(typed.header("Location") == "/V/\(code.text)")
        let form = try await harness.get("/verify?lang=en")
        #expect(form.text.contains("action=\"/verify\""))
        #expect(form.text.contains("name=\"lang\" value=\"en\""))
    }

    @Test func aTypoGetsCheckYourInputAndAFormAndUnknownCodesGetAdvice() async throws {
        let harness = try await ServerHarness()
        let code = harness.fixture.labels["valid"]!.text
        let typo = String(code.dropLast()) + (code.last == "0" ? "1" : "0")
        let page = try await harness.get("/V/\(typo)")
        #expect(page.status == 200)
        #expect(page.text.contains("请核对输入"))
        #expect(page.text.contains("校验位不符"))
        #expect(page.text.contains("<form class=\"retype card\" method=\"get\" action=\"/verify\">"))
        #expect(page.text.contains("value=\"\(typo)\""))
        let short = try await harness.get("/V/ABC?lang=en")
        #expect(short.text.contains("A label code has 17 characters; this one has 3."))
        let unknown = LabelCode.random()
        let missing = try await harness.get("/V/\(unknown.text)")
        #expect(missing.status == 200)
        #expect(missing.text.contains("<span class=\"badge unknown\">无此码</span>"))
        #expect(missing.text.contains("登记库中没有这个标签码"))
        #expect(!missing.text.contains("/report\""))
        let gs1 = try await harness.get("/01/06901234567890/10/A1/21/\(code)")
        #expect(gs1.text.contains("校验位有误"))
    }

    @Test func theAPIAnswersWithProperStatusCodes() async throws {
        let harness = try await ServerHarness()
        let codes = harness.fixture.labels
        let valid = try await harness.get("/api/v1/labels/\(codes["valid"]!.grouped(separator: "-").lowercased())")
        #expect(valid.status == 200)
        let document = try valid.json(LabelJSON.self)
        #expect(document.code == codes["valid"]!.text)
        #expect(document.status.state == "valid")
        #expect(document.licenceNumber == harness.fixture.valid)
        #expect(document.climateGrade == nil)
        for (key, status) in [("suspended", 200), ("expired", 200), ("revoked", 410), ("revokedBatch", 410), ("voided", 410), ("surrendered", 410)] {
            let answer = try await harness.get("/api/v1/labels/\(codes[key]!.text)")
            #expect(answer.status == status, "\(key)")
            #expect(try answer.json(LabelJSON.self).status.state == (key == "revokedBatch" ? "revoked" : key), "\(key)")
        }
        let text = codes["valid"]!.text
        let typo = try await harness.get("/api/v1/labels/\(String(text.dropLast()) + (text.last == "0" ? "1" : "0"))")
        #expect(typo.status == 422)
        #expect(try typo.json(ErrorJSON.self).error.code == "codeTypo")
        #expect(try await harness.get("/api/v1/labels/NOT-A-CODE").status == 400)
        let unknown = try await harness.get("/api/v1/labels/\(LabelCode.random().text)")
        #expect(unknown.status == 404)
        #expect(try unknown.json(ErrorJSON.self).error.code == "notFound")
    }

    @Test func markupInRecordsRendersAsText() async throws {
        let harness = try await ServerHarness()
        for query in ["", "?lang=en"] {
            let page = try await harness.get("/V/\(harness.fixture.labels["scripted"]!.text)\(query)").text
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(page.contains("&lt;b&gt;富士苹果&lt;/b&gt;"))
            #expect(!page.contains("<script"))
        }
        let typed = try await harness.get("/verify?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E").text
        #expect(!typed.contains("<script"))
        #expect(typed.contains("&lt;script&gt;"))
    }

    @Test func englishPageKeepsTheLanguage() async throws {
        let harness = try await ServerHarness()
        let page = try await harness.get("/V/\(harness.fixture.labels["revoked"]!.text)?lang=en").text
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<span class=\"badge revoked\">Revoked</span>"))
        #expect(page.contains("href=\"/licence/\(harness.fixture.revoked)?lang=en\""))
        #expect(page.contains("First looked up on 2026-09-01 · looked up 1 time"))
    }

    @Test func unknownCodesAreRateLimitedPerClient() async throws {
        let harness = try await ServerHarness(unknownLookups: RateLimiter.Policy(capacity: 2, refillPerSecond: 0.01))
        for _ in 1...2 { #expect(try await harness.get("/V/\(LabelCode.random().text)").status == 200) }
        let limited = try await harness.get("/V/\(LabelCode.random().text)")
        #expect(limited.status == 429)
        #expect(limited.text.contains("您查询不存在的编号次数过多"))
        #expect(try await harness.get("/api/v1/labels/\(LabelCode.random().text)").status == 429)
        // A label that exists is answered whatever the client spent; text too short to be a code costs nothing.
        #expect(try await harness.get("/api/v1/labels/\(harness.fixture.labels["valid"]!.text)").status == 200)
        #expect(try await harness.get("/V/\(harness.fixture.labels["valid"]!.text)").status == 200)
        #expect(try await harness.get("/V/ABC").status == 200)
    }
}

/// A label as the API returns it, as a client would decode it.
struct LabelJSON: Decodable {
    struct Scans: Decodable { let count: Int; let firstOn: String? }
    struct Signal: Decodable { let code: String; let message: String; let messageEnglish: String }
    struct Certificate: Decodable { let number: String; let highlights: [String]; let page: String }
    struct NAI: Decodable { let station: String; let year: Int; let mean: Double; let level: String; let grade: String }
    let code: String
    let grouped: String
    let status: LicenceJSON.Status
    let batch: String
    let subject: String
    let holder: String
    let climateGrade: String?
    let certificate: Certificate?
    let nai: NAI?
    let licenceNumber: String
    let validUntil: String
    let scans: Scans
    let signals: [Signal]
}
