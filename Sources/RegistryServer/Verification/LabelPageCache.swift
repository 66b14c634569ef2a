import Hummingbird
import RegistryCore
import Synchronization

/// The pages of found labels, each rendered once per batch, registry change, day, language, status and
/// set of copy warnings, with gaps for the texts that differ from label to label and scan to scan
/// (`LabelPageTexts`). A scan of a label whose page shape is known fills those few gaps, escaped, and
/// copies the rest; the page is byte for byte the one the template renders. The registry stamp and
/// the day in the key say that nothing the page shows has changed, so no page is ever stale. Holds at
/// most `capacity` pages (about 11 KB each) and starts over when full.
final class LabelPageCache: Sendable {
    /// What decides everything on a label's page except its `LabelPageTexts`.
    struct Key: Hashable {
        let batch: String
        let registryStamp: Int64
        let day: Day
        let language: Language
        let status: DisplayStatus
        let signalKinds: [String]
        /// Whether the page warns that the GS1 Digital Link does not match the batch.
        let mismatched: Bool
    }

    private let pages = Mutex<[Key: PageSkeleton]>([:])
    let capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = capacity
    }

    /// The page of `key` with `texts` in its gaps. `render` renders the page with the texts it is given;
    /// the first page of a key is rendered with markers in place of the texts and kept. A page whose
    /// own texts hold something that reads as a marker is rendered whole and not kept.
    func page(_ key: Key, _ texts: LabelPageTexts, render: (LabelPageTexts) throws -> ByteBuffer) rethrows -> ByteBuffer {
        if let known = pages.withLock({ $0[key] }) { return known.fill(texts.values) }
        let skeleton = PageSkeleton(rendered: Array(try render(texts.markers).readableBytesView))
        guard skeleton.gaps.sorted() == Array(texts.values.indices) else { return try render(texts) }
        pages.withLock { pages in
            if pages.count >= capacity { pages.removeAll(keepingCapacity: true) }
            pages[key] = skeleton
        }
        return skeleton.fill(texts.values)
    }
}
