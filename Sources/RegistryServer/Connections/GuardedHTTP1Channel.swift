import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1 channel with the connection limits of `RequestLimits`: a connection beyond
/// `maxConnections` is closed as soon as it is accepted, and every request must arrive whole within
/// `requestDeadline` of its first byte (`RequestDeadlineHandler`, `RequestEndWatcher`). Found labels'
/// pages are answered on the event loop (`LabelPageFastPath`) when `labelPages` is given.
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value
    let base: HTTP1Channel
    let requestDeadline: TimeAmount
    let connections: ConnectionCounter
    let labelPages: FoundLabelAnswers?

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let admitted = connections.opened()
        let connections = connections
        channel.closeFuture.whenComplete { _ in connections.closed() }
        let deadline = requestDeadline
        return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(RequestDeadlineHandler(deadline: deadline), position: .first)
        }.flatMap {
            base.setup(channel: channel, logger: logger)
        }.flatMapThrowing { value in
            if let labelPages {
                let pipeline = channel.pipeline.syncOperations
                try pipeline.addHandler(LabelPageFastPath(answers: labelPages, logger: logger),
                                        position: .after(try pipeline.handler(type: HTTPConnectionStateHandler.self)))
            }
            if !admitted {
                logger.warning("connection refused: \(connections.maximum) connections open already")
                channel.close(promise: nil)
            }
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1 with the connection limits of `limits` (`GuardedHTTP1Channel`).
    static func guardedHTTP1(configuration: HTTP1Channel.Configuration, limits: RequestLimits, connections: ConnectionCounter,
                             labelPages: FoundLabelAnswers?) -> HTTPServerBuilder {
        var watched = configuration
        watched.additionalChannelHandlers = { [RequestEndWatcher()] }
        let configuration = watched
        return HTTPServerBuilder { responder in
            GuardedHTTP1Channel(base: HTTP1Channel(responder: responder, configuration: configuration),
                                requestDeadline: TimeAmount(limits.requestDeadline), connections: connections, labelPages: labelPages)
        }
    }
}
