import Foundation
import RegistryStore

/// One self-rewriting line on a terminal's standard error: rows, rate and time left. Silent when
/// standard error is not a terminal (piped or redirected).
final class ImportProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let start = Date()
    private var shown = false

    func update(_ progress: ObservationImportProgress) {
        guard isTerminal else { return }
        let elapsed = Date().timeIntervalSince(start)
        let remaining = progress.fraction > 0 ? elapsed * (1 - progress.fraction) / progress.fraction : 0
        let rate = elapsed > 0 ? Double(progress.done) / elapsed : 0
        let line = String(format: "\r导入 importing %d 行 rows · %.0f 行/秒 rows/s · 剩余 %.1f s left   ", progress.done, rate, remaining)
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    /// Ends the line, if one was drawn.
    func finish() {
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
