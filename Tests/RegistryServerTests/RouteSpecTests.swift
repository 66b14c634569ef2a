import Foundation
import HTTPTypes
import Testing
import RegistryCore
import RegistryFixtures
@testable import RegistryServer

/// The router and `Schemas/openapi.yaml` describe the same routes, and every documented status is
/// what the running router answers.
@Suite struct RouteSpecTests {
    /// The documented paths, methods and status codes, read from the YAML's `paths:` block (paths at
    /// two spaces, methods at four, status codes as quoted keys at eight).
    static func documented() throws -> [String: Set<String>] {
        let yaml = try String(contentsOf: StoreFixture.schemas.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        var routes: [String: Set<String>] = [:]
        var inPaths = false, path = "", method = ""
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            if !line.hasPrefix(" ") { inPaths = line == "paths:"; continue }
            guard inPaths else { continue }
            let indent = line.prefix { $0 == " " }.count
            let key = line.trimmingCharacters(in: .whitespaces).split(separator: ":").first.map(String.init) ?? ""
            switch indent {
            case 2: path = key
            case 4: method = key.uppercased(); routes["\(method) \(path)", default: []] = []
            case 8 where key.hasPrefix("\""): routes["\(method) \(path)", default: []].insert(key.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            default: break
            }
        }
        return routes
    }

    /// One request per documented answer; a POST's form follows its path after `|`.
    static let samples: [String: [String: String]] = [
        "GET /": ["414": "/?q=" + String(repeating: "x", count: 2000), "303": "/"],
        "GET /V/{code}": ["414": "/V/LABEL?q=" + String(repeating: "x", count: 2000), "400": "/V/LABEL?lang=fr", "200": "/V/UNKNOWN", "429": "/V/UNKNOWN"],
        "GET /v/{code}": ["414": "/v/LABEL?q=" + String(repeating: "x", count: 2000), "400": "/v/LABEL?lang=fr", "200": "/v/UNKNOWN", "429": "/v/UNKNOWN"],
        "GET /01/{gtin}/10/{lot}/21/{code}": ["414": "/01/06901234567892/10/A1/21/LABEL?q=" + String(repeating: "x", count: 2000), "400": "/01/06901234567892/10/A1/21/LABEL?lang=fr", "200": "/01/06901234567892/10/A1/21/UNKNOWN", "429": "/01/06901234567892/10/A1/21/UNKNOWN"],
        "GET /01/{gtin}/21/{code}": ["414": "/01/06901234567892/21/LABEL?q=" + String(repeating: "x", count: 2000), "400": "/01/06901234567892/21/LABEL?lang=fr", "200": "/01/06901234567892/21/UNKNOWN", "429": "/01/06901234567892/21/UNKNOWN"],
        "POST /V/{code}/report": ["414": "/V/LABEL/report?q=" + String(repeating: "x", count: 2000) + "|text=copied", "200": "/V/LABEL/report|text=copied", "400": "/V/ABC/report|text=copied", "404": "/V/UNKNOWN/report|text=copied",
                                  "413": "/V/LABEL/report|text=" + String(repeating: "x", count: 6000), "429": "/V/LABEL/report|text=again"],
        "POST /v/{code}/report": ["414": "/v/LABEL/report?q=" + String(repeating: "x", count: 2000) + "|text=copied", "200": "/v/LABEL/report|text=copied", "400": "/v/ABC/report|text=copied", "404": "/v/UNKNOWN/report|text=copied",
                                  "413": "/v/LABEL/report|text=" + String(repeating: "x", count: 6000), "429": "/v/LABEL/report|text=again"],
        "GET /verify": ["414": "/verify?q=" + String(repeating: "x", count: 2000), "400": "/verify?lang=fr", "200": "/verify", "303": "/verify?code=LABEL"],
        "GET /api/v1/labels/{code}": ["414": "/api/v1/labels/LABEL?q=" + String(repeating: "x", count: 2000), "200": "/api/v1/labels/LABEL", "400": "/api/v1/labels/ABC", "404": "/api/v1/labels/UNKNOWN",
                                      "410": "/api/v1/labels/DEADCODE", "422": "/api/v1/labels/TYPO", "429": "/api/v1/labels/UNKNOWN"],
        "GET /directory": ["200": "/directory", "400": "/directory?page=0", "414": "/directory?q=" + String(repeating: "x", count: 2000)],
        "GET /directory.csv": ["414": "/directory.csv?q=" + String(repeating: "x", count: 2000), "200": "/directory.csv", "400": "/directory.csv?kind=tea"],
        "GET /directory.json": ["414": "/directory.json?q=" + String(repeating: "x", count: 2000), "200": "/directory.json", "400": "/directory.json?status=fine"],
        "GET /licence/{number}": ["414": "/licence/VALID?q=" + String(repeating: "x", count: 2000), "200": "/licence/VALID", "400": "/licence/not%20a%20number", "404": "/licence/YQYB-P-2026-9999",
                                  "429": "/licence/YQYB-P-2026-9998"],
        "GET /certificate/{number}": ["414": "/certificate/YQQP-2026-PT-9999?q=" + String(repeating: "x", count: 2000), "404": "/certificate/YQQP-2026-PT-9999", "429": "/certificate/YQQP-2026-PT-9998.pdf"],
        "GET /api/v1/certificates/{number}": ["414": "/api/v1/certificates/YQQP-2026-PT-9999?q=" + String(repeating: "x", count: 2000), "404": "/api/v1/certificates/YQQP-2026-PT-9999", "429": "/api/v1/certificates/YQQP-2026-PT-9998"],
        "GET /api/v1/directory": ["414": "/api/v1/directory?q=" + String(repeating: "x", count: 2000), "200": "/api/v1/directory", "400": "/api/v1/directory?per_page=1000"],
        "GET /api/v1/licences/{number}": ["414": "/api/v1/licences/VALID?q=" + String(repeating: "x", count: 2000), "200": "/api/v1/licences/VALID", "400": "/api/v1/licences/..", "404": "/api/v1/licences/YQYB-H-2026-9999",
                                          "410": "/api/v1/licences/REVOKED", "429": "/api/v1/licences/YQYB-H-2026-9998"],
        "GET /api/v1/snapshot": ["414": "/api/v1/snapshot?q=" + String(repeating: "x", count: 2000), "200": "/api/v1/snapshot"],
        "GET /api/v1/snapshot/public-key": ["414": "/api/v1/snapshot/public-key?q=" + String(repeating: "x", count: 2000), "200": "/api/v1/snapshot/public-key"],
        "GET /openapi.yaml": ["414": "/openapi.yaml?q=" + String(repeating: "x", count: 2000), "200": "/openapi.yaml"],
        "GET /healthz": ["414": "/healthz?q=" + String(repeating: "x", count: 2000), "200": "/healthz"],
        "GET /metrics": ["414": "/metrics?q=" + String(repeating: "x", count: 2000), "200": "/metrics"],
    ]

    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteExists() async throws {
        let harness = try await ServerHarness()
        // The staff console under /console is not part of the public API.
        // A method a path does not take is answered 405 rather than documented.
        let router = harness.server.router()
        let candidates = router.routes.filter { $0.method != .head && !"\($0.path)".hasPrefix("/console") }.map { ($0.method, "\($0.path)") }
        let taken = try await harness.run { client in
            var taken: Set<String> = []
            for (method, path) in candidates {
                let uri = path.replacingOccurrences(of: "{", with: "x").replacingOccurrences(of: "}", with: "")
                if try await client.execute(uri: uri, method: method).status != .methodNotAllowed { taken.insert("\(method) \(path)") }
            }
            return taken
        }
        #expect(taken == Set(try Self.documented().keys))
    }

    /// Documented answers that need a broken registry (below), climate data (`CertificatePageTests`) or
    /// no signing key (`SnapshotTests`).
    /// A registry too busy to answer (503) is not sampled on any route, nor the limit on typed codes of
    /// `/verify` that read as none (429), which needs a second unknown look-up.
    static let testedSeparately: [String: Set<String>] = ["GET /healthz": ["503"], "GET /verify": ["429"], "GET /certificate/{number}": ["200", "503"],
                                                          "GET /api/v1/certificates/{number}": ["200", "410", "503"],
                                                          "GET /api/v1/snapshot": ["503"], "GET /api/v1/snapshot/public-key": ["503"]]
        .merging(samples.keys.map { ($0, ["503"]) }) { $0.union($1) }

    @Test func everyDocumentedStatusIsAnswered() async throws {
        let documented = try Self.documented()
        #expect(Set(documented.keys) == Set(Self.samples.keys))
        let fixture = try DirectoryFixture()
        let label = fixture.labels["valid"]!.text
        let placeholders = ["UNKNOWN": LabelCode.random().text, "LABEL": label, "DEADCODE": fixture.labels["voided"]!.text,
                            "TYPO": String(label.dropLast()) + (label.last == "0" ? "1" : "0"),
                            "VALID": fixture.valid, "REVOKED": fixture.revoked]
        for (route, statuses) in documented.sorted(by: { $0.key < $1.key }) {
            let samples = Self.samples[route] ?? [:]
            #expect(Set(samples.keys) == statuses.subtracting(Self.testedSeparately[route] ?? []), "\(route)")
            // A fresh service per route, allowing a few fruitless look-ups and one report.
            let harness = try await ServerHarness(fixture: fixture, unknownLookups: RateLimiter.Policy(capacity: 5, refillPerSecond: 0),
                                                  reports: RateLimiter.Policy(capacity: 1, refillPerSecond: 0))
            // 429 last, once the client's unknown look-ups have emptied its bucket (a report's 429 follows its 200).
            for (status, sample) in samples.sorted(by: { ($0.key == "429" ? "9" : "0") + $0.key < ($1.key == "429" ? "9" : "0") + $1.key }) {
                if status == "429" && route.hasPrefix("GET") {
                    for _ in 1...6 { _ = try await harness.get("/licence/YQYB-P-2026-9997") }
                }
                let uri = placeholders.reduce(sample) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
                let parts = uri.split(separator: "|", maxSplits: 1).map(String.init)
                let answer = route.hasPrefix("POST") ? try await harness.post(parts[0], form: parts[1]) : try await harness.get(uri)
                #expect(answer.status == Int(status), "\(route) \(parts[0])")
            }
        }
    }

    @Test func healthReportsAnUnreadableRegistry() async throws {
        let harness = try await ServerHarness()
        #expect(try await harness.get("/healthz").status == 200)
        try harness.fixture.store.tamper("DROP TABLE region_title")
        let answer = try await harness.get("/healthz")
        #expect(answer.status == 503)
    }
}
