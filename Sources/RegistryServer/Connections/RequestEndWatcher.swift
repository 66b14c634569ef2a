import NIOCore
import NIOHTTPTypes

/// Sits after the HTTP decoder and tells the connection's `RequestDeadlineHandler` when a request's
/// end has been decoded.
final class RequestEndWatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private var deadline: RequestDeadlineHandler?

    func handlerAdded(context: ChannelHandlerContext) {
        deadline = try? context.pipeline.syncOperations.handler(type: RequestDeadlineHandler.self)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) { deadline?.requestArrived() }
        context.fireChannelRead(data)
    }
}

@available(*, unavailable)
extension RequestEndWatcher: Sendable {}
