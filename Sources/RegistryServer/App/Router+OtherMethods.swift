import HTTPTypes
import Hummingbird

extension Router where Context == PublicRequestContext {
    /// The methods a path may be asked with that `refuseOtherMethods` answers.
    static var answeredMethods: [HTTPRequest.Method] { [.get, .head, .post, .put, .delete, .patch, .trace, HTTPRequest.Method("QUERY")!] }

    /// Answers every other method of each path routed so far with 405 and the methods the path takes
    /// (`Allow`), rather than 404: GET brings HEAD with it.
    func refuseOtherMethods() {
        let methodsByPath = Dictionary(grouping: routes, by: \.path.description).mapValues { Set($0.map(\.method)) }
        for (path, taken) in methodsByPath {
            let allowed = taken.contains(.get) ? taken.union([.head]) : taken
            let names = Self.answeredMethods.filter(allowed.contains).map(\.rawValue)
            for method in Self.answeredMethods where !allowed.contains(method) {
                on(RouterPath(path), method: method) { _, _ -> Response in throw PublicError.methodNotAllowed(allowed: names) }
            }
        }
    }
}
