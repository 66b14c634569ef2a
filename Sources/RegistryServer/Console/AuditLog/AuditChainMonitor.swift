import Foundation
import RegistryStore
import Synchronization

/// Keeps, in the server's memory, how far the audit chain was last found intact, so that the audit
/// viewer recomputes only the events written since instead of the whole chain on every load.
///
/// What an incremental check proves: every event after the checkpoint has its recomputed hash and
/// follows the one before it; the checkpoint's event is still stored with the remembered hash, its
/// content still gives that hash, and exactly as many events lead up to it as before (nothing
/// deleted or inserted behind it); the head record names the last event. What it cannot prove is
/// that an older event was not rewritten in place (a change that keeps its row count and leaves the
/// checkpoint's event alone), so the whole chain is recomputed again:
/// - on the first load after the service starts (nothing is remembered across restarts),
/// - whenever the last full check is older than `fullCheckInterval`,
/// - whenever the page is asked to (the button 重新校验全部),
/// - on every load while the chain is broken (a broken chain leaves no checkpoint), and whenever the
///   checkpoint no longer holds.
/// An edit to an old event is therefore named within `fullCheckInterval` at the latest, and the page
/// says when the whole chain was last recomputed. The memory holds only a sequence, a hash and a count;
/// whoever could rewrite the database could also rewrite the whole chain, which no check inside the
/// registry can see, so keeping the checkpoint in memory rather than in the database weakens nothing.
final class AuditChainMonitor: Sendable {
    /// How old the last full check may be before a load recomputes the whole chain again.
    let fullCheckInterval: TimeInterval
    private let state = Mutex<State>(State())

    /// The last intact check's checkpoint and when the whole chain was last recomputed.
    private struct State {
        var checkpoint: AuditCheckpoint?
        var lastFullCheck: Date?
    }

    /// The outcome of one load's check.
    struct Outcome: Sendable {
        let verification: AuditVerification
        /// When the whole chain was last recomputed (this check, when it was full).
        let lastFullCheck: Date
        /// How old a full check may grow before the next load repeats it.
        let fullCheckInterval: TimeInterval
    }

    init(fullCheckInterval: TimeInterval = 10 * 60) {
        self.fullCheckInterval = fullCheckInterval
    }

    /// Checks the chain in `tx`: from the remembered checkpoint, or the whole chain when `full` is asked,
    /// nothing is remembered or the last full check is too old.
    func check(_ tx: RegistryTransaction, full: Bool, now: Date = Date()) throws -> Outcome {
        let start = state.withLock { state -> AuditCheckpoint? in
            guard !full, let lastFull = state.lastFullCheck, now.timeIntervalSince(lastFull) < fullCheckInterval else { return nil }
            return state.checkpoint
        }
        let verification = try tx.verifyAudit(after: start)
        let lastFull = state.withLock { state -> Date in
            if verification.isFull {
                state.checkpoint = verification.checkpoint
                state.lastFullCheck = now
            } else if state.checkpoint == start {
                // Only the check that started from the checkpoint still remembered moves it on, so a
                // broken chain found meanwhile by a full check is not forgotten.
                state.checkpoint = verification.checkpoint
            }
            return state.lastFullCheck ?? now
        }
        return Outcome(verification: verification, lastFullCheck: lastFull, fullCheckInterval: fullCheckInterval)
    }
}
