import Synchronization

/// The skeletons of shared pages (`SharedPageView`), by the page's kind and `sharing`: each a page with
/// gaps only for the texts of a request's own. Holds at most `capacity` and starts over when full.
final class SharedPageSkeletons: Sendable {
    /// The kind of page and what it shares. Unchecked: `sharing` holds a `SharedPageView.Sharing`,
    /// which is `Sendable`, behind `AnyHashable`, which is not marked so.
    struct Key: Hashable, @unchecked Sendable {
        let kind: ObjectIdentifier
        let sharing: AnyHashable

        init<Sharing: Hashable & Sendable>(kind: ObjectIdentifier, sharing: Sharing) {
            self.kind = kind
            self.sharing = AnyHashable(sharing)
        }
    }

    private let skeletons = Mutex<[Key: PageSkeleton]>([:])
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The skeleton of a key, if it was kept.
    func skeleton(for key: Key) -> PageSkeleton? {
        skeletons.withLock { $0[key] }
    }

    /// Keeps the skeleton of a key.
    func keep(_ skeleton: PageSkeleton, for key: Key) {
        skeletons.withLock { skeletons in
            if skeletons.count >= capacity { skeletons.removeAll(keepingCapacity: true) }
            skeletons[key] = skeleton
        }
    }
}
