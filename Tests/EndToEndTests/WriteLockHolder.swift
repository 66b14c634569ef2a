import Foundation
import TestSupport

/// Another process holding the write lock of a SQLite file, the registry or the scan log
/// (`BEGIN IMMEDIATE` in Python's sqlite3), until it is released, as a long import or a stuck tool would.
struct WriteLockHolder {
    let process: Process
    private let input: Pipe

    /// Starts the holder and returns once it holds the lock.
    init(path: String) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)
            db.execute("BEGIN IMMEDIATE")
            print("locked", flush=True)
            sys.stdin.read()
            db.execute("ROLLBACK")
            """, path]
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try ProcessLaunch.run(process)
        let line = String(decoding: output.fileHandleForReading.readData(ofLength: 7), as: UTF8.self)
        guard line.hasPrefix("locked") else {
            process.terminate()
            throw CommandLineRunner.Failure(message: "the write-lock holder did not take the lock: \(line)")
        }
    }

    /// Lets the lock go and waits for the holder to end.
    func release() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
