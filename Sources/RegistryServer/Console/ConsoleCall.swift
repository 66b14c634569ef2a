import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

/// One console request as a section's handler sees it: the request, its context, the signed-in
/// member of staff and the console's shared services, with the helpers every page needs.
struct ConsoleCall: Sendable {
    let request: Request
    let context: ConsoleRequestContext
    let staff: SignedInStaff
    let site: ConsoleSite

    /// A path parameter (`{number}`), percent-decoded; 404 when missing.
    func parameter(_ name: String) throws -> String {
        guard let value = context.parameters.get(name) else { throw ConsoleRefusal.notFound }
        return value.removingPercentEncoding ?? value
    }

    /// A query item, or nil when missing or empty.
    func query(_ name: String) -> String? {
        request.uri.queryParameters[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A whole-number query item within `range`, or nil when missing or empty; anything else is refused
    /// (400) with a message naming the field and the range.
    func wholeNumber(_ name: String, field: FieldName, in range: ClosedRange<Int>) throws -> Int? {
        do {
            return try NumberInput.whole(query(name), field: field, in: range)
        } catch {
            throw ConsoleRefusal.badQuery(error.chinese)
        }
    }

    /// The actor to record for an action (403 when no role held permits it).
    func actor(for action: RegistryAction) throws -> Actor { try staff.actor(for: action) }

    /// A short read of the registry.
    func read<T>(_ body: (RegistryTransaction) throws -> T) throws -> T { try site.reads.quick(body) }

    /// One change in one transaction, with the actor for the action (403 before anything is read when
    /// no role permits it).
    func change<T>(_ action: RegistryAction, _ body: (RegistryTransaction, Actor) throws -> T) throws -> T {
        let actor = try actor(for: action)
        return try site.registry.write { try body($0, actor) }
    }

    /// The frame for a page of this request.
    func frame(title: String) -> ConsoleFrame { site.frame(title: title, staff: staff, path: request.uri.path) }

    /// The page of a view whose template inherits `console-layout` (the view holds a `frame`).
    func page<View: PageView>(_ view: View, status: HTTPResponse.Status = .ok) throws -> Response {
        try site.pages.response(view, status: status)
    }

    /// 303 to a console path, leaving a message for the next page.
    func redirect(to path: String, flash: ConsoleFlash? = nil) throws -> Response {
        if let flash {
            let id = staff.sessionID
            try site.registry.write { try $0.setFlash(flash.stored, session: id) }
        }
        return Response(status: .seeOther, headers: [.location: LocalPath.console(path)])
    }
}
