import Foundation
import Testing
import RegistryFixtures
@testable import RegistryServer

@Suite struct PageTests {
    @Test func directoryListsEveryLicenceNewestFirstWithPages() async throws {
        let harness = try await ServerHarness()
        let first = try await harness.get("/directory")
        #expect(first.status == 200)
        #expect(first.header("Content-Type") == "text/html; charset=utf-8")
        #expect(first.text.contains("共 6 条许可"))
        #expect(first.text.contains("第 1 / 2 页"))
        #expect(first.text.contains("href=\"/licence/\(harness.fixture.surrendered)\""))
        #expect(!first.text.contains("href=\"/licence/\(harness.fixture.expired)\""))
        #expect(first.text.contains("href=\"/directory?page=2\" rel=\"next\""))
        let second = try await harness.get("/directory?page=2")
        #expect(second.text.contains("href=\"/licence/\(harness.fixture.expired)\""))
        #expect(second.text.contains("rel=\"prev\""))
        #expect(!second.text.contains("rel=\"next\""))
    }

    @Test func directorySearchesByNameTownKindStatusAndProduct() async throws {
        let harness = try await ServerHarness()
        let fixture = harness.fixture
        func numbers(_ query: String) async throws -> [String] {
            let page = try await harness.get("/directory?\(query)").text
            return [fixture.valid, fixture.scripted, fixture.suspended, fixture.revoked, fixture.surrendered, fixture.expired]
                .filter { page.contains("href=\"/licence/\($0)\"") }
        }
        #expect(try await numbers("q=%E8%91%A1%E8%90%84") == [fixture.valid]) // 葡萄
        #expect(try await numbers("town=%E6%97%A7%E5%8E%BF") == [fixture.suspended]) // 旧县
        #expect(try await numbers("town=110119109").isEmpty)
        #expect(try await numbers("crop=%E8%8B%B9%E6%9E%9C") == [fixture.scripted, fixture.suspended]) // 苹果
        #expect(try await numbers("status=revoked") == [fixture.revoked])
        #expect(try await numbers("status=expired") == [fixture.expired])
        #expect(try await numbers("status=suspended&kind=product") == [fixture.suspended])
        #expect(try await numbers("kind=dish").isEmpty)
        #expect(try await numbers("q=100%25").isEmpty)
        let page = try await harness.get("/directory?status=valid&crop=%E8%8B%B9%E6%9E%9C").text
        #expect(page.contains("<option value=\"valid\" selected>有效</option>"))
        #expect(page.contains("共 1 条许可"))
        #expect(page.contains("href=\"/directory.csv?status=valid&amp;crop=%E8%8B%B9%E6%9E%9C\""))
    }

    @Test func badSearchInputGetsAChinesePageNamingTheField() async throws {
        let harness = try await ServerHarness()
        let cases = ["/directory?town=%E6%B5%B7%E6%B7%80": "「乡镇」无法识别", "/directory?page=-1": "「页码」应为 1 到 100000 之间的整数",
                     "/directory?status=%3Cscript%3E": "「标签状态」无法识别", "/directory?q=" + String(repeating: "%E5%90%8D", count: 51): "「查询内容」过长",
                     "/directory?q=%01": "「查询内容」含有控制字符"]
        for (uri, message) in cases {
            let answer = try await harness.get(uri)
            #expect(answer.status == 400, "\(uri)")
            #expect(answer.text.contains(message), "\(uri)")
            #expect(!answer.text.contains("<script>"))
        }
    }

    @Test func licencePageShowsEachStatusWithReasonAndDate() async throws {
        let harness = try await ServerHarness()
        let fixture = harness.fixture
        let expectations: [(String, String, [String])] = [
            (fixture.valid, "<span class=\"badge valid\">有效</span>", ["巨峰葡萄", "延庆区前黑龙庙葡萄种植专业合作社", "张山营镇", "2027-07-14"]),
            (fixture.suspended, "<span class=\"badge suspended\">已暂停</span>", ["自 2026-08-20 起，抽检农残超标（整改期限 2026-10-01）"]),
            (fixture.revoked, "<span class=\"badge revoked\">已撤销</span>", ["自 2026-08-20 起，伪造、转让或超量使用标识"]),
            (fixture.surrendered, "<span class=\"badge surrendered\">已注销</span>", ["自 2026-08-20 起，持证主体申请注销"]),
            (fixture.expired, "<span class=\"badge expired\">已过期</span>", ["自 2026-07-15 起，许可有效期至 2026-07-14"]),
        ]
        for (number, badge, facts) in expectations {
            let page = try await harness.get("/licence/\(number.lowercased())")
            #expect(page.status == 200)
            #expect(page.text.contains(badge), "\(number)")
            #expect(page.text.contains("发证机关</dt><dd>北京市延庆区农业农村局"))
            for fact in facts { #expect(page.text.contains(fact), "\(number): \(fact)") }
        }
    }

    @Test func licenceHistoryShowsDatesAndReasonCategoriesButNoStaff() async throws {
        let harness = try await ServerHarness()
        let page = try await harness.get("/licence/\(harness.fixture.revoked)").text
        #expect(page.contains("<li class=\"active\"><time datetime=\"2026-07-20\">2026-07-20</time><b>准予使用标识</b></li>"))
        #expect(page.contains("<li class=\"revoked\"><time datetime=\"2026-08-20\">2026-08-20</time><b>撤销</b><p>伪造、转让或超量使用标识</p></li>"))
        #expect(!page.contains("转借标签给外地商户"))
        for staff in ["王芳", "李强", "赵敏"] { #expect(!page.contains(staff)) }
        let expired = try await harness.get("/licence/\(harness.fixture.expired)").text
        #expect(expired.contains("<li class=\"expired\"><time datetime=\"2026-07-15\">2026-07-15</time><b>有效期届满</b></li>"))
    }

    @Test func markupInRecordsRendersAsText() async throws {
        let harness = try await ServerHarness()
        for uri in ["/directory", "/directory?q=%3Cscript%3E", "/licence/\(harness.fixture.scripted)", "/licence/\(harness.fixture.scripted)?lang=en"] {
            let page = try await harness.get(uri).text
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
            #expect(!page.contains("<script"), "\(uri)")
            #expect(!page.contains("<b>富士"), "\(uri)")
        }
    }

    @Test func englishPagesKeepTheLanguageOnEveryLink() async throws {
        let harness = try await ServerHarness()
        let directory = try await harness.get("/directory?lang=en&status=valid").text
        #expect(directory.contains("<html lang=\"en\">"))
        #expect(directory.contains("Licence directory"))
        #expect(directory.contains("href=\"/licence/\(harness.fixture.valid)?lang=en\""))
        #expect(directory.contains("<span class=\"badge valid\">Valid</span>"))
        #expect(directory.contains("href=\"/directory?status=valid\" hreflang=\"zh-CN\">中文</a>"))
        let licence = try await harness.get("/licence/\(harness.fixture.revoked)?lang=en").text
        #expect(licence.contains("<span class=\"badge revoked\">Revoked</span>"))
        #expect(licence.contains("Yanqing District Bureau of Agriculture and Rural Affairs, Beijing"))
        #expect(licence.contains("Kangzhuang"))
    }

    @Test func unknownPagesAndLicencesGetAReadableChinesePage() async throws {
        let harness = try await ServerHarness()
        let missing = try await harness.get("/licence/YQYB-P-2026-0404")
        #expect(missing.status == 404)
        #expect(missing.text.contains("没有找到许可「YQYB-P-2026-0404」"))
        #expect(missing.text.contains("href=\"/directory\""))
        let nowhere = try await harness.get("/no/such/page?lang=en")
        #expect(nowhere.status == 404)
        #expect(nowhere.text.contains("No page was found."))
        let redirect = try await harness.get("/")
        #expect(redirect.status == 303)
        #expect(redirect.header("Location") == "/directory")
    }
}
