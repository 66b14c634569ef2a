import Foundation
import Testing
@testable import RegistryCore

/// The copy signal counts distinct clients within a sliding window, expires one window after it was
/// last met, and stays cleared by an acknowledgement until scans after it raise it again.
@Suite struct CopySignalTests {
    static let heuristics = CopyHeuristics(clients: .init(windowMinutes: 60, minimumClients: 10),
                                           batch: .init(windowMinutes: 1440, clientsPerLabel: 2, minimumClients: 50),
                                           afterVoid: .init(minimumScans: 1))
    static let start = Day("2026-11-20")!.start.addingTimeInterval(14 * 3600 + 5 * 60)

    private func window(acknowledged: Date? = nil) -> ClientWindow {
        ClientWindow(clients: [:], signal: nil, window: Self.heuristics.labelWindow, threshold: Self.heuristics.clients.minimumClients,
                     acknowledged: acknowledged)
    }

    private func signals(_ window: ClientWindow, at now: Date, acknowledged: Date? = nil) -> [CopySignal] {
        Self.heuristics.signals(ScanSummary(scans: 1, labelSignal: window.signal, acknowledged: acknowledged), batchLabels: 1_000, at: now)
    }

    private func client(_ number: Int) -> String { "10.\(number).0.0/16 WeChat" }

    @Test func oneClientReloadingAThousandTimesRaisesNothing() {
        var window = window()
        for second in 0..<1_000 { window.count(client: client(1), at: Self.start.addingTimeInterval(Double(second))) }
        #expect(window.signal == nil)
        #expect(window.clients.count == 1)
        #expect(signals(window, at: Self.start.addingTimeInterval(1_000)).isEmpty)
    }

    @Test func distinctClientsWithinTheWindowRaiseItSinceTheTenth() throws {
        var window = window()
        for number in 0..<9 { window.count(client: client(number), at: Self.start.addingTimeInterval(Double(number) * 60)) }
        #expect(window.signal == nil)
        window.count(client: client(9), at: Self.start.addingTimeInterval(9 * 60))
        let signal = try #require(window.signal)
        #expect(signal.since == Self.start.addingTimeInterval(9 * 60))
        #expect(signal.clients == 10)
        let raised = signals(window, at: Self.start.addingTimeInterval(10 * 60))
        #expect(raised.map(\.code) == ["burst"])
        #expect(raised.first?.chinese.contains("被 10 个不同网络的用户查询") == true)
        #expect(raised.first?.chinese.contains("于 2026-11-20 14:14 起") == true)
    }

    @Test func clientsSpreadWiderThanTheWindowRaiseNothing() {
        var window = window()
        for number in 0..<30 { window.count(client: client(number), at: Self.start.addingTimeInterval(Double(number) * 7 * 60)) }
        #expect(window.signal == nil)
        #expect(window.clients.count == 9)
    }

    @Test func theSignalExpiresOneWindowAfterItWasLastMet() throws {
        var window = window()
        for number in 0..<10 { window.count(client: client(number), at: Self.start) }
        let signal = try #require(window.signal)
        #expect(signal.until == Self.start.addingTimeInterval(3600))
        #expect(!signals(window, at: Self.start.addingTimeInterval(3599)).isEmpty)
        #expect(signals(window, at: Self.start.addingTimeInterval(3600)).isEmpty)
        // Later scans by one client after the window passed raise nothing new.
        for minute in 61..<200 { window.count(client: client(1), at: Self.start.addingTimeInterval(Double(minute) * 60)) }
        #expect(window.signal == signal)
    }

    @Test func anAcknowledgementClearsItUntilScansAfterItRaiseItAgain() {
        var window = window()
        for number in 0..<10 { window.count(client: client(number), at: Self.start) }
        let acknowledged = Self.start.addingTimeInterval(600)
        #expect(signals(window, at: acknowledged.addingTimeInterval(60), acknowledged: acknowledged).isEmpty)

        // The writer resumes the window with the acknowledgement: the earlier clients no longer count,
        // and one client after it raises nothing.
        var resumed = ClientWindow(clients: window.clients, signal: window.signal, window: Self.heuristics.labelWindow,
                                   threshold: Self.heuristics.clients.minimumClients, acknowledged: acknowledged)
        #expect(resumed.clients.isEmpty)
        for second in 1...100 { resumed.count(client: client(3), at: acknowledged.addingTimeInterval(Double(second))) }
        #expect(signals(resumed, at: acknowledged.addingTimeInterval(200), acknowledged: acknowledged).isEmpty)

        for number in 20..<29 { resumed.count(client: client(number), at: acknowledged.addingTimeInterval(300)) }
        let raised = signals(resumed, at: acknowledged.addingTimeInterval(400), acknowledged: acknowledged)
        #expect(raised.map(\.code) == ["burst"])
        #expect(resumed.signal?.since == acknowledged.addingTimeInterval(300))
    }

    @Test func aBatchNeedsMoreDistinctClientsThanItsLabelsAllow() {
        #expect(Self.heuristics.batch.threshold(labels: 1) == 50)
        #expect(Self.heuristics.batch.threshold(labels: 100) == 201)
        #expect(Self.heuristics.batch.threshold(labels: Int.max) == Int.max)
        var batch = ClientWindow(clients: [:], signal: nil, window: Self.heuristics.batchWindow, threshold: Self.heuristics.batch.threshold(labels: 1),
                                 acknowledged: nil)
        for second in 0..<1_000 { batch.count(client: client(1), at: Self.start.addingTimeInterval(Double(second))) }
        #expect(batch.signal == nil)
        for number in 0..<50 { batch.count(client: client(number), at: Self.start.addingTimeInterval(1_000)) }
        let summary = ScanSummary(scans: 1, batchSignal: batch.signal)
        #expect(Self.heuristics.signals(summary, batchLabels: 1, at: Self.start.addingTimeInterval(1_100)).map(\.code) == ["batchOverscanned"])
    }

    @Test func thresholdsThatOneClientCouldMeetAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("copied-codes.json")
        try Data("""
            {"clients": {"windowMinutes": 60, "minimumClients": 1}, "batch": {"windowMinutes": 60, "clientsPerLabel": 2, "minimumClients": 50},
             "afterVoid": {"minimumScans": 1}}
            """.utf8).write(to: file)
        #expect(throws: ConfigurationError.self) { try CopyHeuristics.load(file) }
        let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schemas/verification")
        #expect(try CopyHeuristics.load(schemas.appendingPathComponent("copied-codes.json")).clients.minimumClients >= 2)
        #expect(try ScanRetention.load(schemas.appendingPathComponent("scan-log.json")).rawScanDays == 400)
    }
}
