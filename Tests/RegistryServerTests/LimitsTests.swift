import Foundation
import TestSupport
import HTTPTypes
import HummingbirdTesting
import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

/// The public service's limits: only fruitless look-ups cost tokens, clients behind a trusted proxy
/// are told apart, `/metrics` answers only its own networks, and reports and bodies are refused without
/// spending a person's allowance.
@Suite struct LimitsTests {
    @Test func foundLabelsLicencesAndCertificatesAreAnsweredWithAnEmptyBucket() async throws {
        let harness = try await ServerHarness(unknownLookups: RateLimiter.Policy(capacity: 2, refillPerSecond: 0))
        let certificate = try ClimateFixture.certifiedGrape(in: harness.fixture.store).number
        let label = harness.fixture.labels["valid"]!.text
        let typo = String(label.dropLast()) + (label.last == "0" ? "1" : "0")
        #expect(try await harness.get("/V/\(typo)").status == 200)
        #expect(try await harness.get("/licence/YQYB-P-2026-9001").status == 404)
        // A typo costs a token as an unknown code does: the bucket is empty now.
        #expect(try await harness.get("/certificate/YQQP-2026-PT-9999").status == 429)
        #expect(try await harness.get("/V/\(LabelCode.random().text)").status == 429)
        #expect(try await harness.get("/V/\(typo)").status == 429)
        for uri in ["/V/\(label)", "/v/\(label.lowercased())", "/licence/\(harness.fixture.valid)", "/licence/\(harness.fixture.revoked)",
                    "/certificate/\(certificate)", "/certificate/\(certificate).pdf", "/api/v1/labels/\(label)",
                    "/api/v1/licences/\(harness.fixture.valid)", "/api/v1/certificates/\(certificate)"] {
            #expect(try await harness.get(uri).status == 200, "\(uri)")
        }
        let page = try await harness.get("/V/\(label)")
        #expect(page.text.contains("badge valid"))
    }

    @Test func clientsBehindATrustedProxyHaveTheirOwnBuckets() async throws {
        let harness = try await ServerHarness(unknownLookups: RateLimiter.Policy(capacity: 2, refillPerSecond: 0), testing: .live) {
            $0.trustedProxies = [try! AddressRange(parsing: "127.0.0.1/32")]
        }
        try await harness.run { client async throws in
            let port = try #require(client.port)
            let unknown = { @Sendable (forwardedFor: String) async throws -> Int? in
                try await RawConnection.status(ofGet: "/licence/YQYB-P-2026-\(Int.random(in: 9000...9999))", port: port,
                                               headers: [("X-Forwarded-For", forwardedFor)])
            }
            #expect(try await unknown("203.0.113.7") == 404)
            #expect(try await unknown("203.0.113.7") == 404)
            #expect(try await unknown("203.0.113.7") == 429)
            // Another visitor through the same proxy is not refused; one who writes another address on
            // the left is still itself.
            #expect(try await unknown("198.51.100.9") == 404)
            #expect(try await unknown("198.51.100.9, 203.0.113.7") == 429)
            // IPv6 visitors are counted by their /64.
            #expect(try await unknown("2001:db8:1:2::1") == 404)
            #expect(try await unknown("2001:db8:1:2::ffff") == 404)
            #expect(try await unknown("2001:db8:1:2:abcd::1") == 429)
            #expect(try await unknown("2001:db8:1:3::1") == 404)
        }
    }

    @Test func withoutATrustedProxyForwardedForIsIgnored() async throws {
        let harness = try await ServerHarness(unknownLookups: RateLimiter.Policy(capacity: 1, refillPerSecond: 0), testing: .live)
        try await harness.run { client async throws in
            let port = try #require(client.port)
            #expect(try await RawConnection.status(ofGet: "/licence/YQYB-P-2026-9001", port: port, headers: [("X-Forwarded-For", "203.0.113.7")]) == 404)
            #expect(try await RawConnection.status(ofGet: "/licence/YQYB-P-2026-9002", port: port, headers: [("X-Forwarded-For", "198.51.100.9")]) == 429)
        }
    }

    @Test func metricsAnswerOnlyTheConfiguredNetworks() async throws {
        let local = try await ServerHarness(testing: .live)
        #expect(try await local.run { try await RawConnection.status(ofGet: "/metrics", port: try #require($0.port)) } == 200)
        let elsewhere = try await ServerHarness(testing: .live) {
            $0.metricsFrom = [try! AddressRange(parsing: "10.0.0.0/8")]
            $0.trustedProxies = [try! AddressRange(parsing: "127.0.0.0/8")]
        }
        let refused = try await elsewhere.run { client async throws in
            let connection = try RawConnection(port: try #require(client.port))
            connection.send("GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Forwarded-For: 10.1.2.3\r\n\r\n")
            return await connection.readToEnd()
        }
        #expect(refused?.hasPrefix("HTTP/1.1 404") == true)
        #expect(refused?.contains("oxlabel_http_requests_total") == false)
    }

    @Test func aRefusedReportSpendsNoAllowanceAndUnknownCodesAreRefused() async throws {
        let harness = try await ServerHarness(unknownLookups: RateLimiter.Policy(capacity: 1, refillPerSecond: 0),
                                              reports: RateLimiter.Policy(capacity: 1, refillPerSecond: 0))
        let code = harness.fixture.labels["valid"]!.text
        let before = try harness.fixture.store.dump()
        #expect(try await harness.post("/V/\(code)/report", form: "text=%20").status == 400)
        #expect(try await harness.post("/V/\(code)/report", form: "text=" + String(repeating: "x", count: 501)).status == 400)
        let unknown = try await harness.post("/V/\(LabelCode.random().text)/report", form: "text=copied")
        #expect(unknown.status == 404)
        #expect(unknown.text.contains("未找到"))
        // The unknown code spent the only unknown-lookup token; the next one is refused as a look-up is.
        #expect(try await harness.post("/V/\(LabelCode.random().text)/report", form: "text=copied").status == 429)
        #expect(try harness.fixture.store.dump() == before)
        #expect(try await harness.post("/V/\(code)/report", form: "text=copied").status == 200)
        #expect(try await harness.post("/V/\(code)/report", form: "text=again").status == 429)
    }

    @Test func aRequestStillArrivingAtTheDeadlineLosesItsConnection() async throws {
        let harness = try await ServerHarness(limits: RequestLimits(requestDeadline: .milliseconds(200)), testing: .live)
        let code = harness.fixture.labels["valid"]!.text
        try await harness.run { client async throws in
            let slow = try RawConnection(port: try #require(client.port))
            slow.send("POST /V/\(code)/report HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\ntext=a")
            // The read waits up to 20 s: the connection ends long before, at the deadline, with no answer.
            #expect(await slow.readToEnd() == "")
            // A request that arrives whole is answered as usual.
            #expect(try await RawConnection.status(ofGet: "/healthz", port: try #require(client.port)) == 200)
        }
    }

    @Test func connectionsBeyondTheMaximumAreClosedAtOnce() async throws {
        // Connections stay open however long a busy machine takes between the steps.
        let harness = try await ServerHarness(limits: RequestLimits(idleTimeout: .seconds(600), maxConnections: 3), testing: .live)
        try await harness.run { client async throws in
            // The test client's own connection is the first.
            #expect(try await client.get("/healthz").status == 200)
            let port = try #require(client.port)
            let kept = try (1...2).map { _ in try RawConnection(port: port) }
            for connection in kept {
                connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
                #expect(await connection.readSome()?.hasPrefix("HTTP/1.1 200") == true)
            }
            let extra = try RawConnection(port: port)
            extra.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(await extra.readToEnd() == "")
            // The connections within the maximum still answer.
            kept[0].send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(await kept[0].readSome()?.hasPrefix("HTTP/1.1 200") == true)
        }
    }
}
