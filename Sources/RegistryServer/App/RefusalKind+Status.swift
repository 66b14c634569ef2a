import HTTPTypes
import RegistryCore

extension RefusalKind {
    /// The HTTP status of a refusal of this kind: the one place where the service decides it.
    var status: HTTPResponse.Status {
        switch self {
        case .notFound: .notFound
        case .conflict: .conflict
        case .invalid: .unprocessableContent
        }
    }
}
