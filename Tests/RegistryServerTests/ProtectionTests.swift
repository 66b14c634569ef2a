import Foundation
import Testing
import RegistryFixtures
@testable import RegistryServer

@Suite struct ProtectionTests {
    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        let harness = try await ServerHarness()
        for uri in ["/directory", "/licence/\(harness.fixture.valid)", "/api/v1/directory", "/nowhere", "/directory?page=0"] {
            let answer = try await harness.get(uri)
            let policy = try #require(answer.header("Content-Security-Policy"), "\(uri)")
            #expect(policy.contains("default-src 'none'"))
            #expect(policy.contains("frame-ancestors 'none'"))
            #expect(!policy.contains("script-src"))
            #expect(!policy.contains("unsafe-inline"))
            #expect(policy.contains("style-src \(harness.server.site.pages.styleSource)"))
            #expect(answer.header("X-Content-Type-Options") == "nosniff")
            #expect(answer.header("Referrer-Policy") == "no-referrer")
            #expect(answer.header("X-Frame-Options") == "DENY")
        }
    }

    @Test func oversizedRequestsAreRefusedBeforeAnyHandler() async throws {
        let harness = try await ServerHarness(limits: RequestLimits(maxPathBytes: 64, maxQueryBytes: 64, maxBodyBytes: 100))
        #expect(try await harness.get("/licence/" + String(repeating: "A", count: 80)).status == 414)
        #expect(try await harness.get("/directory?q=" + String(repeating: "a", count: 80)).status == 414)
        let page = try await harness.get("/directory?q=" + String(repeating: "a", count: 80))
        #expect(page.text.contains("请求地址过长"))
        let body = try await harness.run { try await $0.get("/directory", body: String(repeating: "x", count: 200)) }
        #expect(body.status == 413)
        #expect(try await harness.get("/directory?q=short").status == 200)
    }

    @Test func unknownNumbersAreRateLimitedPerClient() async throws {
        let harness = try await ServerHarness(unknownLookups: RateLimiter.Policy(capacity: 3, refillPerSecond: 0.01))
        for sequence in 1...3 {
            #expect(try await harness.get("/licence/YQYB-P-2026-\(9000 + sequence)").status == 404)
        }
        #expect(try await harness.get("/licence/\(harness.fixture.valid)/..").status == 404)
        let limited = try await harness.get("/licence/YQYB-P-2026-9100")
        #expect(limited.status == 429)
        let seconds = try #require(limited.header("Retry-After").flatMap(Int.init))
        #expect(seconds == 100)
        #expect(limited.text.contains("您查询不存在的编号次数过多，请 \(seconds) 秒后再试"))
        #expect(try await harness.get("/api/v1/licences/YQYB-P-2026-9101").status == 429)
        #expect(try await harness.get("/api/v1/licences/\(harness.fixture.valid)").status == 200)
        #expect(try await harness.get("/directory").status == 200)
        // The bucket refills as the limits' clock moves, and only then.
        harness.clock.advance(by: .seconds(99))
        #expect(try await harness.get("/licence/YQYB-P-2026-9102").status == 429)
        harness.clock.advance(by: .seconds(1))
        #expect(try await harness.get("/licence/YQYB-P-2026-9103").status == 404)
    }

    @Test func internalFailuresShowNoDetails() async throws {
        let harness = try await ServerHarness()
        try harness.fixture.store.tamper("ALTER TABLE operators RENAME TO operators_gone")
        let page = try await harness.get("/directory")
        #expect(page.status == 500)
        #expect(page.text.contains("系统暂时无法完成查询"))
        let api = try await harness.get("/api/v1/directory")
        #expect(api.status == 500)
        #expect(try api.json(ErrorJSON.self).error.code == "internalError")
        for text in [page.text, api.text] {
            for leak in ["operators", "SQL", "sqlite", "GRDB", ".swift"] { #expect(!text.contains(leak), "\(leak)") }
        }
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        let harness = try await ServerHarness()
        let text = try await harness.run { client in
            _ = try await client.get("/licence/\(harness.fixture.valid)")
            _ = try await client.get("/licence/YQYB-P-2026-0404")
            _ = try await client.get("/nowhere")
            return try await client.get("/metrics").text
        }
        #expect(text.contains("oxlabel_http_requests_total{route=\"/licence/{number}\",status=\"200\"} 1"))
        #expect(text.contains("oxlabel_http_requests_total{route=\"/licence/{number}\",status=\"404\"} 1"))
        #expect(text.contains("oxlabel_http_requests_total{route=\"NotFound\",status=\"404\"} 1"))
        #expect(text.contains("# TYPE oxlabel_http_request_duration_seconds histogram"))
        #expect(text.contains("oxlabel_http_request_duration_seconds_bucket{route=\"/licence/{number}\",le=\"+Inf\"} 2"))
    }

    @Test func openAPIDescriptionIsServedAsYAML() async throws {
        let harness = try await ServerHarness()
        let answer = try await harness.get("/openapi.yaml")
        #expect(answer.header("Content-Type") == "application/yaml; charset=utf-8")
        #expect(answer.text.hasPrefix("openapi: 3.1.0"))
    }
}
