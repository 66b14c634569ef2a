import RegistryCore

/// The messages to show next to a form's fields, by the field's name in the form
/// (`{{#errors.messages.uscc}}…{{/errors.messages.uscc}}`).
struct FormErrors: Sendable, Encodable {
    private(set) var messages: [String: String] = [:]

    var isEmpty: Bool { messages.isEmpty }

    /// Records a message for a form field; the first message of a field stays.
    mutating func add(_ message: String, for field: String) {
        if messages[field] == nil { messages[field] = message }
    }

    /// Runs a validation; a refusal is recorded for the form field and gives nil.
    mutating func check<T>(_ field: String, _ body: () throws -> T) -> T? {
        do { return try body() } catch let refusal as Refusal {
            add(refusal.chinese, for: field)
        } catch {
            add("无法识别，请重新填写", for: field)
        }
        return nil
    }
}
