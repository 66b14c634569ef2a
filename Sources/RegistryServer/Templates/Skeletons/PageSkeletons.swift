import Synchronization

/// The skeletons rendered so far, by shape (the template's name is its first part), at most `maxBytes`
/// of them together, those used longest ago forgotten first.
final class PageSkeletons: Sendable {
    private let skeletons: Mutex<LeastRecentlyUsed<[UInt8], PageSkeleton>>

    init(maxBytes: Int) {
        skeletons = Mutex(LeastRecentlyUsed(maxCost: maxBytes))
    }

    /// The skeleton of a shape, if it was kept.
    func skeleton(for shape: [UInt8]) -> PageSkeleton? {
        skeletons.withLock { $0.value(for: shape) }
    }

    /// Keeps the skeleton of a shape.
    func keep(_ skeleton: PageSkeleton, for shape: [UInt8]) {
        skeletons.withLock { $0.set(skeleton, for: shape, cost: skeleton.cost + shape.count) }
    }
}
