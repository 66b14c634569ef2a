import RegistryCore
import RegistryStore

extension FormErrors {
    /// The key under which a refusal that concerns no single field is shown, at the top of the form.
    static let general = "general"

    /// Records a refusal of the domain next to the form field it concerns (each of several problems beside
    /// its own field): a `FieldError` through `fields`
    /// (its `FieldName` → the form's field name), a USCC error or a duplicate operator under `uscc`, an
    /// unknown town under `town`, an invalid date under the domain's name of the date field (`deadline`); any other
    /// refusal under `general`.
    /// An error that is not a refusal (a fault, a storage failure) is thrown again, for the service's error
    /// page, which shows no details.
    mutating func place(_ error: any Error, fields: [FieldName: String] = [:]) throws {
        switch error {
        case let error as InputProblems:
            for problem in error.problems { try place(problem, fields: fields) }
        case let error as FieldError:
            add(Self.message(error), for: fields[error.field] ?? Self.general)
        case let error as USCCError:
            add(error.chinese, for: "uscc")
        case RegistryError.unknownTown:
            add("请从列表中选择延庆区的乡镇或街道", for: "town")
        case RegistryError.invalidDate(let field, let message, _):
            add(message, for: field)
        case let error as RegistryError:
            if case .duplicate(.operator, _) = error { add(error.chinese, for: "uscc") } else { add(error.chinese, for: Self.general) }
        case let refusal as Refusal:
            add(refusal.chinese, for: Self.general)
        default:
            throw error
        }
    }

    /// The short message shown beside a field: 必填 for an empty one, the limit for a long one.
    static func message(_ error: FieldError) -> String {
        switch error {
        case .empty: "必填"
        case .tooLong(_, let max, let actual): "过长：最多 \(max) 个字（现有 \(actual) 个字）"
        case .invalid(_, let message, _): message
        case .notUTF8, .controlCharacters, .bidirectionalControls: error.chinese
        }
    }
}
