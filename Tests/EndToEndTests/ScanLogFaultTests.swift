import Foundation
import RegistryServer
import Testing

/// The scan log under faults, on the built binary loaded by wrk and by a probe that notes when each
/// answer arrived: killed outright, the server loses at most the scans of the last second; stopped
/// with SIGTERM, it loses none, even while another process holds the registry's write lock; either way
/// the registry and the scan log stay sound.
@Suite(.serialized) struct ScanLogFaultTests {
    /// How long after its answer a scan may still be only in memory: the writer's interval, and four
    /// times as much again for the write itself on a busy machine. With the default 200 ms, the
    /// second the scan log promises.
    static let durableWithin = ScanRecorder.Settings().interval * 5
    static let wrkConnections = 4
    /// How long the load runs, counted from the probe's first answer, before the server is stopped.
    static let loadTime = Duration.seconds(3)
    /// How long another process holds the registry's write lock under load before the SIGTERM.
    static let lockTime = Duration.seconds(15)

    /// A served label under load: wrk and the probe on its page.
    private struct LoadedServer {
        let cli: CommandLineRunner
        let code: String
        let server: CommandLineRunner.Server
        let wrk: WrkLoad
        let probe: LoadProbe
        let probing: Task<[Date], Never>

        /// Ends whatever still runs, for a test that stopped halfway.
        func end() {
            wrk.kill()
            if server.process.isRunning { server.process.terminate() }
        }
    }

    /// A registry with one printed label, served on the system clock (so that scan times compare with
    /// the time of a kill), once the probe has had answers for `loadTime`.
    private func loadedServer() async throws -> LoadedServer {
        var cli = CommandLineRunner()
        let code = try cli.printedBatch(count: 1, format: "svg", file: "svg").codes[0]
        cli.today = nil
        let server = try await cli.serve()
        let page = server.url("/V/\(code)")
        let wrk: WrkLoad
        do { wrk = try WrkLoad(page, connections: Self.wrkConnections, seconds: 120) } catch {
            server.process.terminate()
            throw error
        }
        let probe = LoadProbe(url: page)
        let loaded = LoadedServer(cli: cli, code: code, server: server, wrk: wrk, probe: probe, probing: Task { await probe.run() })
        do { try await probe.waitForAnswers(settled: Self.loadTime) } catch {
            loaded.end()
            throw error
        }
        return loaded
    }

    @Test func sigkillUnderLoadLosesAtMostTheLastSecondOfScans() async throws {
        #expect(Self.durableWithin <= .seconds(1))
        let loaded = try await loadedServer()
        defer { loaded.end() }
        let (cli, code, server, wrk, probe, probing) = (loaded.cli, loaded.code, loaded.server, loaded.wrk, loaded.probe, loaded.probing)
        let killedAt = Date()
        try await server.stop(with: SIGKILL)
        let answers = await probing.value
        let wrkAnswered = try wrk.stop()

        let restarted = try await cli.serve()
        defer { if restarted.process.isRunning { restarted.process.terminate() } }
        #expect(try await restarted.get("/api/v1/labels/\(code)").status == 200)
        try await restarted.stop(with: SIGTERM)
        #expect(try cli.integrityCheck() == ["ok", "ok"])

        let stored = try cli.storedScans()
        #expect(Set(stored.keys).isSubset(of: [LoadProbe.clientHint, WrkLoad.clientHint]))
        let killedAtMs = Int64((killedAt.timeIntervalSince1970 * 1000).rounded(.up))
        #expect(stored.values.allSatisfy { $0.latestMs <= killedAtMs }, "a scan stored after the kill")
        let durableBefore = killedAt.addingTimeInterval(-Self.seconds(Self.durableWithin))
        let answeredEarlier = answers.filter { $0 < durableBefore }.count
        let probeStored = stored[LoadProbe.clientHint]?.count ?? 0
        #expect(answeredEarlier > 0, "\(answers.count) answered, none over \(Self.durableWithin) before the kill")
        #expect(probeStored >= answeredEarlier,
                "\(answers.count) answered, \(answeredEarlier) of them over \(Self.durableWithin) before the kill, but \(probeStored) stored")
        // A scan is queued before its answer is sent: at most the requests in flight are stored unanswered.
        #expect(probeStored <= answers.count + probe.workers)
        #expect((stored[WrkLoad.clientHint]?.count ?? 0) <= wrkAnswered + Self.wrkConnections)
    }

    @Test func sigtermUnderLoadLosesNoScan() async throws {
        let loaded = try await loadedServer()
        defer { loaded.end() }
        try await Self.stopLosingNoScan(loaded)
    }

    /// Stops the loaded server with SIGTERM and checks that it exits 0 with every answered scan stored,
    /// and no more than the requests in flight besides.
    private static func stopLosingNoScan(_ loaded: LoadedServer, whileHeld lock: WriteLockHolder? = nil) async throws {
        let (cli, server, wrk, probe, probing) = (loaded.cli, loaded.server, loaded.wrk, loaded.probe, loaded.probing)
        try await server.stop(with: SIGTERM)
        #expect(server.process.terminationReason == .exit)
        #expect(server.process.terminationStatus == 0)
        let answers = await probing.value
        let wrkAnswered = try wrk.stop()
        lock?.release()

        #expect(try cli.integrityCheck() == ["ok", "ok"])
        let stored = try cli.storedScans()
        let probeStored = stored[LoadProbe.clientHint]?.count ?? 0, wrkStored = stored[WrkLoad.clientHint]?.count ?? 0
        #expect(answers.count > 0 && wrkAnswered > 0)
        #expect(probeStored >= answers.count, "\(answers.count) answered, \(probeStored) stored")
        #expect(wrkStored >= wrkAnswered, "\(wrkAnswered) answered to wrk, \(wrkStored) stored")
        #expect(probeStored <= answers.count + probe.workers)
        #expect(wrkStored <= wrkAnswered + Self.wrkConnections)
    }

    @Test func sigtermWhileTheRegistrysWriteLockIsHeldUnderLoadLosesNoScan() async throws {
        let loaded = try await loadedServer()
        defer { loaded.end() }
        let lock = try WriteLockHolder(path: loaded.cli.dataPath)
        defer { lock.release() }
        let answeredBefore = loaded.probe.answers.count
        try await Task.sleep(for: Self.lockTime)
        #expect(loaded.probe.answers.count > answeredBefore, "no page answered while the registry's write lock was held")
        try await Self.stopLosingNoScan(loaded, whileHeld: lock)
    }

    /// A scan log that stays locked by another process until after the SIGTERM: the server says how many
    /// scans it could not write, in both languages, and exits with status 1.
    @Test func sigtermWithScansItCannotWriteSaysHowManyWereLostAndFails() async throws {
        var cli = CommandLineRunner()
        let code = try cli.printedBatch(count: 1, format: "svg", file: "svg").codes[0]
        cli.today = nil
        let errors = cli.folder.appendingPathComponent("serve-errors.txt")
        let server = try await cli.serve(errors: errors)
        defer { if server.process.isRunning { server.process.terminate() } }
        let lock = try WriteLockHolder(path: cli.scanLogPath)
        defer { lock.release() }
        for _ in 0..<5 { #expect(try await server.get("/V/\(code)").status == 200) }
        try await server.stop(with: SIGTERM, within: .seconds(120))
        #expect(server.process.terminationReason == .exit)
        #expect(server.process.terminationStatus == 1)
        let said = try String(contentsOf: errors, encoding: .utf8)
        #expect(said.contains("服务停止时有 5 条扫码查询记录未能写入查询日志"), "\(said)")
        #expect(said.contains("5 scans could not be written to the scan log"))
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
