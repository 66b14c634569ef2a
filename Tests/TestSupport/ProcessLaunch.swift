import Foundation

/// Launches the tests' child processes one at a time: Foundation's `Process.run` on Linux has been seen
/// to crash when several tests launch processes at once. The processes still run side by side once
/// launched; only the launch is taken in turn.
public enum ProcessLaunch {
    private static let launching = NSLock()

    /// Launches `process`, one launch at a time across the whole test run.
    public static func run(_ process: Process) throws {
        launching.lock()
        defer { launching.unlock() }
        try process.run()
    }
}
