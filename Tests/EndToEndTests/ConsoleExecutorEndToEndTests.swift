import Foundation
import Testing

/// The console runs off the event loops: while another process holds the registry's write lock, console
/// requests wait for it, and the public site answers meanwhile.
@Suite struct ConsoleExecutorEndToEndTests {
    /// Holds the write lock of the registry for 8 seconds; sends six console requests whose session
    /// look-up is a write (so they wait), then six requests for `/healthz` on fresh connections at once,
    /// which land on both event loops. Prints each health answer's status and time, whether the lock was
    /// still held after them, and the console answers once the lock is gone.
    static let script = #"""
        set -u
        data="$1" base="$2"
        python3 -c 'import sqlite3, sys, time
        db = sqlite3.connect(sys.argv[1], isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        open(sys.argv[2], "w").close()
        time.sleep(8)
        db.execute("ROLLBACK")' "$data" "$data.locked" &
        holder=$!
        for _ in $(seq 100); do [ -f "$data.locked" ] && break; sleep 0.1; done
        cookie="oxlabel_console=$(printf 'ab%.0s' $(seq 32))"
        for i in 1 2 3 4 5 6; do
            curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 -H "Cookie: $cookie" "$base/console" > "$data.console$i" &
        done
        sleep 0.5
        for i in 1 2 3 4 5 6; do
            curl -s -o /dev/null -w 'health %{http_code} %{time_total}\n' --max-time 30 "$base/healthz" &
        done
        wait $(jobs -p | tail -6)
        kill -0 "$holder" 2>/dev/null && echo "lock held" || echo "lock released"
        wait
        cat "$data".console*
        """#

    @Test func consoleRequestsWaitingForTheRegistryDoNotHoldUpPublicPages() async throws {
        let cli = CommandLineRunner()
        try cli.ok(["init"])
        let server = try await cli.serve()
        defer { if server.process.isRunning { server.process.terminate() } }
        let output = try CommandLineRunner.tool("/bin/bash", ["-c", Self.script, "script", cli.dataPath, "http://127.0.0.1:\(server.port)"])
        let lines = output.split(separator: "\n").map(String.init)
        let health = lines.filter { $0.hasPrefix("health ") }.map { $0.split(separator: " ") }
        #expect(health.count == 6, "\(output)")
        for answer in health {
            #expect(answer[1] == "200", "\(output)")
            #expect((Double(answer[2]) ?? 99) < 5, "a public request waited: \(output)")
        }
        #expect(lines.contains("lock held"), "\(output)")
        // Once the lock is let go, the console requests go on: to the login page, the session being unknown.
        #expect(lines.filter { $0 == "303" }.count == 6, "\(output)")
    }
}
