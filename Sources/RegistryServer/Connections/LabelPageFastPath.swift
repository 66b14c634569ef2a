import HTTPTypes
import Logging
import NIOCore
import NIOHTTPTypes

/// Answers a found label's page on the connection's event loop, without the router's asynchronous
/// way: the page a consumer's scan opens is the one request the service gets most. It sits after
/// Hummingbird's connection-state handler (which so sees every request, for its idle timeout) and
/// before the router's channel. A request it takes is answered with what `FoundLabelAnswers` makes,
/// the same bytes the router would send; every other request goes on to the router unchanged. It
/// takes a request only while the router owes no answer on the connection, so answers keep the
/// order of their requests, and it closes the connection after answering a request that asked so.
final class LabelPageFastPath: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let answers: FoundLabelAnswers
    let logger: Logger
    /// Requests passed on to the router and not yet answered.
    private var owed = 0
    /// A request this handler may answer, with its route and code, waiting for its end.
    private var held: (head: HTTPRequest, route: String, code: Substring)?

    init(answers: FoundLabelAnswers, logger: Logger) {
        self.answers = answers
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            if owed == 0, held == nil, head.method == .get, let path = head.path, let (route, code) = FoundLabelAnswers.route(of: path) {
                held = (head, route, code)
                return
            }
            owed += 1
            context.fireChannelRead(data)
        case .body:
            // A held request is a GET: its body, if any, is not read (the router's way does not read it either).
            if held == nil { context.fireChannelRead(data) }
        case .end(let trailers):
            guard let (head, route, code) = held else {
                context.fireChannelRead(data)
                return
            }
            held = nil
            guard let (response, page) = answers.answer(head, route: route, code: code, channel: context.channel, logger: logger) else {
                owed += 1
                context.fireChannelRead(wrapInboundOut(.head(head)))
                context.fireChannelRead(wrapInboundOut(.end(trailers)))
                return
            }
            context.write(wrapOutboundOut(.head(response)), promise: nil)
            context.write(wrapOutboundOut(.body(page)), promise: nil)
            if head.headerFields[.connection]?.lowercased() == "close" {
                let written = context.eventLoop.makePromise(of: Void.self)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: written)
                written.futureResult.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
            } else {
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data), owed > 0 { owed -= 1 }
        context.write(data, promise: promise)
    }
}

@available(*, unavailable)
extension LabelPageFastPath: Sendable {}
