/// The name of an input field in both languages, so that an error can name it to either reader.
public struct FieldName: Sendable, Hashable {
    public let chinese: String
    public let english: String

    public init(_ chinese: String, _ english: String) {
        self.chinese = chinese
        self.english = english
    }
}
