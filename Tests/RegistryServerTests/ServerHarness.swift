import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

/// The public service over the directory fixture, tested in process through Hummingbird's router (or,
/// with `.live`, over a socket on 127.0.0.1). The rate limits read `clock`, which stands still unless
/// the test moves it. Its connections wait for a request as long as `RequestLimits.requestDeadlineSeconds` allows
/// unless a test sets a deadline: the handlers share the threads of a test run that may keep them busy
/// for longer than the service's default, and a cut connection would then fail a test that is right.
struct ServerHarness: Sendable {
    let fixture: DirectoryFixture
    let server: RegistryServer
    let clock: ManualClock
    let testing: TestingSetup

    init(fixture: DirectoryFixture? = nil, unknownLookups: RateLimiter.Policy = RateLimiter.Policy(), reports: RateLimiter.Policy? = nil,
         limits: RequestLimits = RequestLimits(requestDeadline: .seconds(RequestLimits.requestDeadlineSeconds.upperBound)), scanLog: ScanRecorder.Settings = ScanRecorder.Settings(),
         snapshotKey: SnapshotKey? = SnapshotKey(), testing: TestingSetup = .router,
         configure: (inout ServerConfiguration) -> Void = { _ in }) async throws {
        self.fixture = try fixture ?? DirectoryFixture()
        clock = ManualClock()
        self.testing = testing
        var configuration = try ServerConfiguration(schemas: StoreFixture.schemas, port: 0)
        configuration.limitClock = clock.reading
        configuration.unknownLookups = unknownLookups
        configuration.limits = limits
        configuration.scanLog = scanLog
        configuration.snapshotKey = snapshotKey
        if let reports { configuration.reports = reports }
        configuration.pageSize = 4
        configure(&configuration)
        server = try await RegistryServer(registry: self.fixture.registry, configuration: configuration)
    }

    /// Runs requests against the router.
    func run<Value: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await server.application().test(testing) { client in try await body(client) }
    }

    /// One GET.
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Answer {
        try await run { try await $0.get(uri, headers: headers) }
    }

    /// One POST of a form.
    func post(_ uri: String, form: String) async throws -> Answer {
        try await run { try await $0.post(uri, form: form) }
    }
}

/// A response as tests read it.
struct Answer: Sendable {
    let status: Int
    let headers: HTTPFields
    let data: Data

    var text: String { String(decoding: data, as: UTF8.self) }

    func header(_ name: String) -> String? { headers[HTTPField.Name(name)!] }

    func json<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(type, from: data) }
}

extension TestClientProtocol {
    func post(_ uri: String, form: String, headers: HTTPFields = [:]) async throws -> Answer {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: form))
        return Answer(status: response.status.code, headers: response.headers, data: Data(buffer: response.body))
    }

    func get(_ uri: String, headers: HTTPFields = [:], body: String? = nil) async throws -> Answer {
        let response = try await execute(uri: uri, method: .get, headers: headers, body: body.map { ByteBuffer(string: $0) })
        return Answer(status: response.status.code, headers: response.headers, data: Data(buffer: response.body))
    }
}
