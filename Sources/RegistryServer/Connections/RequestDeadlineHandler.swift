import NIOCore

/// The first handler of a connection, on its raw bytes: it notes when a request's first bytes arrive,
/// and `RequestEndWatcher` clears the note when the request's end has been decoded; a request still
/// arriving `deadline` after its first bytes has its connection closed. A body or head sent a byte at a
/// time therefore cannot hold a connection (the idle timeout alone restarts with every byte).
///
/// The connection keeps at most one timer, set when a request starts and none is set: when it fires it
/// closes the connection if the request it finds is late, sets itself again for the request it finds
/// still within its time, and stops while no request is arriving. So a keep-alive connection answering
/// thousands of requests sets a timer about once per `deadline`, not once per request.
final class RequestDeadlineHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    let deadline: TimeAmount
    /// When the request now arriving sent its first bytes; nil between requests.
    private var requestStarted: NIODeadline?
    private var timer: Scheduled<Void>?

    init(deadline: TimeAmount) {
        self.deadline = deadline
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if requestStarted == nil, unwrapInboundIn(data).readableBytes > 0 {
            let now = NIODeadline.now()
            requestStarted = now
            if timer == nil { check(at: now + deadline, context: context) }
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        stop()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stop()
    }

    /// The request has arrived whole: the timer, if set, finds no request when it fires.
    func requestArrived() {
        requestStarted = nil
    }

    /// Sets the timer for `moment`, when the request now arriving is due.
    private func check(at moment: NIODeadline, context: ChannelHandlerContext) {
        timer = context.eventLoop.assumeIsolated().scheduleTask(deadline: moment) { [self] in
            timer = nil
            guard let started = requestStarted else { return }
            let due = started + deadline
            if due <= .now() {
                context.close(promise: nil)
            } else {
                check(at: due, context: context)
            }
        }
    }

    private func stop() {
        timer?.cancel()
        timer = nil
        requestStarted = nil
    }
}

@available(*, unavailable)
extension RequestDeadlineHandler: Sendable {}
