import Dispatch
import Hummingbird

/// The executor the console runs on: a concurrent dispatch queue, off NIO's event loops. Console work
/// touches the registry synchronously, and a change may wait while another holds the registry (an
/// import of years of observations, an issue of a million labels) or be long itself; the public pages
/// share the event loops and must never wait behind it.
final class ConsoleExecutor: TaskExecutor {
    static let shared = ConsoleExecutor()
    private let queue = DispatchQueue(label: "oxlabel.console", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}

/// Runs everything behind it, the console's session check, pages and forms, on `ConsoleExecutor`.
struct ConsoleExecutorMiddleware: RouterMiddleware {
    typealias Context = ConsoleRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await withTaskExecutorPreference(ConsoleExecutor.shared) { try await next(request, context) }
    }
}
