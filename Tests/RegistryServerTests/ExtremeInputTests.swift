import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// Every route of the service, public and console, taken from the router itself, driven with extreme
/// values in its path parameters, in every query parameter and in every form field the pages have, by a
/// member of staff holding every role: each answer is a normal page (200, 303) or a refusal (4xx), never
/// a 5xx. A value that traps kills the test process, so without the bounds this suite fails by crashing.
@Suite(.serialized) struct ExtremeInputTests {
    /// 10 KB of text.
    static let long = encoded(String(repeating: "延庆氧吧 <b>&amp;</b> ", count: 512))

    /// Query parameters the pages read.
    static let queryNames = ["page", "per_page", "q", "town", "kind", "status", "crop", "lang", "code", "licence", "year", "quarter", "age",
                             "state", "rows", "subject", "station", "actor", "action", "from", "to", "verify", "next", "out", "_csrf", "gtin", "lot"]
    /// Form fields drawn by the `console-field` partial and the evidence rows, which no template names literally.
    static let partialFieldNames = ["name", "uscc", "address", "contact", "phone", "variety", "plot", "lat", "lon", "elevation", "area_mu",
                                    "season", "expected_kg", "pack_kg", "rooms", "restaurant", "ingredients", "gtin", "lot",
                                    "evidence_kind_1", "evidence_ref_1", "evidence_value_1", "evidence_until_1", "evidence_file_1",
                                    "evidence_kind_2", "evidence_ref_2", "evidence_value_2", "evidence_until_2"]

    /// Every `name="…"` of the page templates (meta tags aside) and the partials' fields.
    static func formFieldNames() throws -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/RegistryServer/Templates/html")
        var names = Set(partialFieldNames)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /name="([a-zA-Z_0-9]+)"/) { names.insert(String(match.1)) }
        }
        return names.subtracting(["_csrf", "viewport", "robots"]).sorted()
    }

    static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A console over the directory fixture (licences in every state, batches, applications), on its day.
    static func harness() async throws -> (ConsoleHarness, DirectoryFixture) {
        let directory = try DirectoryFixture()
        return (try await ConsoleHarness(day: DirectoryFixture.today, store: directory.store), directory)
    }

    /// Real values for the path parameters, by route, so that the handlers behind them run.
    static func realPath(_ pattern: String, _ harness: ConsoleHarness, _ directory: DirectoryFixture) throws -> String {
        let (batch, application, subject, uscc, model) = try harness.registry.read { tx in
            (try tx.labelBatches(licence: directory.valid)[0].number, try tx.applications()[0].number, try tx.subjects()[0].id,
             try tx.operators()[0].uscc.value, try tx.cropModels()[0].id)
        }
        let code = directory.labels["valid"]!.text
        var path = pattern
        let number = pattern.hasPrefix("/console/applications") ? application
            : pattern.hasPrefix("/console/labels/batches") ? batch
            : pattern.hasPrefix("/certificate") || pattern.hasPrefix("/api/v1/certificates") ? "YQQP-2026-PT-0001"
            : directory.valid
        let id = pattern.hasPrefix("/console/data/crop-models") ? model : String(subject)
        for (name, value) in [("number", number), ("code", code), ("gtin", "06901234567892"), ("lot", "A1"), ("uscc", uscc), ("id", id),
                              ("objection", "1"), ("sha256", String(repeating: "ab", count: 32))] {
            path = path.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return path
    }

    static func isNormal(_ status: Int) -> Bool { status == 200 || status == 303 || (400..<500).contains(status) }

    /// Routes a request cannot be sent to in the sweep: signing out ends the session the sweep uses.
    static let leftToTheEnd = ["POST /console/logout", "POST /console/login"]

    /// The values tried in every query parameter, in every path parameter and, all at once, in a form: as
    /// they travel (percent-encoded; `%FF%FE` is sent as it is: bytes that are not UTF-8).
    static let sweep = [String(Int.max), String(Int.min), "-1", "1e308", "NaN", "", "%FF%FE", long]
    /// The values tried one parameter at a time in every query (a bounded sweep: one request per value).
    static let querySweep = [String(Int.min), "1e308", "%FF%FE", long]

    /// The routes are tried in `parts` parts (route by route in turn), run side by side.
    static let parts = 4

    @Test(arguments: 0..<parts)
    func everyRouteAnswersExtremeValuesWithAPageOrARefusal(part: Int) async throws {
        let (harness, directory) = try await Self.harness()
        let staff = try await harness.signedIn("全能", roles: Role.allCases)
        let router = harness.server.router()
        let routes = router.routes.map { ($0.method, $0.path.description) }
        #expect(routes.count > 50, "the router lists its routes")
        let uploads = ["/console/subjects/{id}/applications", "/console/licences/{number}/renewal", "/console/data/observations", "/console/data/crop-models"]
        let fields = try Self.formFieldNames()
        /// The requests of one route after its plain request: none when that was refused as a method the path does not take.
        @Sendable func requests(_ method: HTTPRequest.Method, _ pattern: String, _ path: String) -> [(HTTPRequest.Method, String, ByteBuffer?, String?)] {
            var paths = [path]
            if pattern.contains("{") {
                paths += [String(Int.max), "-1", "%FF%FE", Self.long].map { pattern.replacing(/\{[a-z0-9]+\}/, with: $0) }
            }
            if method == .get {
                return paths.dropFirst().map { (method, $0, nil, nil) }
                    + Self.queryNames.flatMap { name in Self.querySweep.map { (method, "\(path)?\(name)=\($0)", nil, nil) } }
            }
            guard method == .post else { return [] }
            if uploads.contains(pattern) {
                return Self.sweep.map { value in
                    var body = MultipartBody()
                    let plain = Data((value.removingPercentEncoding ?? value).utf8)
                    for name in fields where name != "file" && !name.hasPrefix("evidence_file") { body.field(name, bytes: plain) }
                    body.file("file", fileName: "x.csv", type: "text/csv", Data("station_id,time,temperature\n54406,".utf8) + plain)
                    return (.post, "\(path)?_csrf=\(staff.csrf)", body.buffer, body.contentType)
                }
            }
            let form = "application/x-www-form-urlencoded"
            return paths.flatMap { candidate in
                Self.sweep.filter { $0 != Self.long }.map { value in
                    (.post, candidate, ByteBuffer(string: "_csrf=\(staff.csrf)&" + fields.map { "\($0)=\(value)" }.joined(separator: "&")), form)
                }
            } + fields.map { (.post, path, ByteBuffer(string: "_csrf=\(staff.csrf)&\($0)=\(Self.long)"), form) }
        }
        let plan = try routes.filter { !Self.leftToTheEnd.contains("\($0.0) \($0.1)") }.enumerated().filter { $0.offset % Self.parts == part }
            .map { ($0.element.0, $0.element.1, try Self.realPath($0.element.1, harness, directory)) }
        let cookie = staff.cookie
        let (failures, sent) = try await Application(router: router).test(.router) { client in
            var failures: [String] = []
            var sent = 0
            func send(_ method: HTTPRequest.Method, _ uri: String, _ body: ByteBuffer?, _ contentType: String?) async throws -> Int {
                var headers: HTTPFields = [.cookie: cookie]
                if let contentType { headers[.contentType] = contentType }
                let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
                sent += 1
                let status = response.status.code
                if !Self.isNormal(status) && !(status == 405 && response.headers[.allow] != nil) {
                    failures.append("\(status) \(method) \(uri.prefix(160))")
                }
                return status
            }
            for (method, pattern, path) in plan {
                // A method the path does not take is refused as a whole (405 with Allow): nothing more to try.
                guard try await send(method, path, nil, nil) != 405 else { continue }
                for (method, uri, body, contentType) in requests(method, pattern, path) {
                    _ = try await send(method, uri, body, contentType)
                }
            }
            return (failures, sent)
        }
        var after: [String] = []
        for value in Self.sweep where part == 0 {
            let plain = value.removingPercentEncoding ?? value
            let answer = try await harness.attemptLogin(plain, password: plain, next: plain)
            if !Self.isNormal(answer.status) { after.append("\(answer.status) login \(value.prefix(40))") }
        }
        let logout = try await staff.post("/console/logout", [("next", String(Int.max))])
        if !Self.isNormal(logout.status) { after.append("\(logout.status) logout") }
        #expect(sent > 3_000 / Self.parts)
        #expect(failures.isEmpty && after.isEmpty, "\(failures.count + after.count) answers were neither a page nor a refusal: \((failures + after).filter { !$0.contains("snapshot") }.prefix(30))")
        #expect(try await harness.send(.get, "/healthz").status == 200)
    }

    @Test(arguments: [Role.printer, .approver, .auditor])
    func aLabelsPageNumberPastAnyIntegerIsRefusedAndOnePastTheLastIsEmpty(role: Role) async throws {
        let (harness, _) = try await Self.harness()
        let staff = try await harness.signedIn("孙丽", roles: [role])
        for page in [String(Int.max), "9223372036854775808", "-1", "0", "1e308", "NaN", "100001"] {
            let answer = try await staff.get("/console/labels?page=\(page)")
            #expect(answer.status == 400, "page=\(page)")
            #expect(answer.text.contains("「页码」应为 1 到 100000 之间的整数"))
        }
        let past = try await staff.get("/console/labels?page=100000")
        #expect(past.status == 200)
        #expect(past.text.contains("没有可使用标签的许可"))
        #expect(try await staff.get("/console/labels?page=1").text.contains("/console/labels/licences/"))
    }
}
