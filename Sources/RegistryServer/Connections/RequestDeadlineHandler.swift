import NIOCore

/// The first handler of a connection, on its raw bytes: when a request's first bytes arrive it starts
/// a timer of `deadline`, and `RequestEndWatcher` stops it when the request's end has been decoded; a
/// request still arriving when the timer fires has its connection closed. A body or head sent a byte at
/// a time therefore cannot hold a connection (the idle timeout alone restarts with every byte).
final class RequestDeadlineHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    let deadline: TimeAmount
    private var timer: Scheduled<Void>?

    init(deadline: TimeAmount) {
        self.deadline = deadline
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if timer == nil, unwrapInboundIn(data).readableBytes > 0 {
            let channel = context.channel
            timer = context.eventLoop.assumeIsolated().scheduleTask(in: deadline) { channel.close(promise: nil) }
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        requestArrived()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        requestArrived()
    }

    /// The request has arrived whole: the timer stops until the next request's first bytes.
    func requestArrived() {
        timer?.cancel()
        timer = nil
    }
}

@available(*, unavailable)
extension RequestDeadlineHandler: Sendable {}
