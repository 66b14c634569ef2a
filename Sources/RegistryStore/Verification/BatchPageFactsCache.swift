import RegistryCore
import Synchronization

/// The page facts of recently scanned batches, shared by the read transactions of a registry, so that
/// a scan reads only its label's own row, its scan totals and the registry's change stamp.
///
/// The stamp is the sequence number of the newest audit event. Every change of the registry appends
/// an audit event in the same transaction (DESIGN §4), so facts read at one stamp hold for as long as the
/// stamp stays, whichever process or connection makes the next change; the scan log, which is no
/// change of the registry, leaves it. Facts also hold for one day only, since a licence's status and a
/// homestay's NAI year follow the date. Holds at most `capacity` batches and starts over when full.
final class BatchPageFactsCache: Sendable {
    private struct Entry {
        let stamp: Int64
        let day: Day
        let facts: BatchPageFacts
    }

    private let entries = Mutex<[Int64: Entry]>([:])
    let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The facts of a batch read at `stamp` on `day`, if they are known.
    func facts(batchID: Int64, stamp: Int64, day: Day) -> BatchPageFacts? {
        entries.withLock { entries in
            guard let entry = entries[batchID], entry.stamp == stamp, entry.day == day else { return nil }
            return entry.facts
        }
    }

    /// Remembers the facts of a batch read at `stamp` on `day`.
    func store(_ facts: BatchPageFacts, batchID: Int64, stamp: Int64, day: Day) {
        entries.withLock { entries in
            if entries.count >= capacity, entries[batchID] == nil { entries.removeAll(keepingCapacity: true) }
            entries[batchID] = Entry(stamp: stamp, day: day, facts: facts)
        }
    }
}
