import RegistryCore
import Synchronization

/// The answers of expensive routes (certificate reports and PDFs, directory exports, the snapshot),
/// each kept per registry change stamp, day and language: a change of the registry appends an audit
/// event and so changes the stamp, and a new day can change a status, so a kept answer is never stale.
/// Requests for an answer being rendered wait for that rendering rather than starting their own.
/// Memory is bounded: at most `maxBytes` are kept, the answers used longest ago forgotten first.
final class RenderCache: Sendable {
    /// What decides an answer.
    struct Key: Hashable, Sendable {
        /// The route, such as `certificate.pdf`.
        let route: String
        /// What the route was asked for: a number, or a search.
        let subject: String
        let stamp: Int64
        let day: Day
        let language: Language
    }

    private struct State {
        var answers: LeastRecentlyUsed<Key, CachedAnswer>
        var rendering: [Key: Task<CachedAnswer, any Error>] = [:]
    }

    private let state: Mutex<State>

    init(maxBytes: Int) {
        state = Mutex(State(answers: LeastRecentlyUsed(maxCost: maxBytes)))
    }

    /// The answer of `key`: kept, being rendered, or rendered now by `render` (and kept). A failed
    /// rendering is not kept; those waiting for it get its error.
    func answer(_ key: Key, render: @escaping @Sendable () async throws -> CachedAnswer) async throws -> CachedAnswer {
        enum Found {
            case kept(CachedAnswer)
            case rendering(Task<CachedAnswer, any Error>)
        }
        let found = state.withLock { state -> Found in
            if let kept = state.answers.value(for: key) { return .kept(kept) }
            if let task = state.rendering[key] { return .rendering(task) }
            let task = Task { try await render() }
            state.rendering[key] = task
            return .rendering(task)
        }
        switch found {
        case .kept(let answer):
            return answer
        case .rendering(let task):
            let result = await task.result
            state.withLock { state in
                guard state.rendering[key] == task else { return }
                state.rendering[key] = nil
                if case .success(let answer) = result { state.answers.set(answer, for: key, cost: answer.cost) }
            }
            return try result.get()
        }
    }
}
