/// A code that people and files write as one string: read with `init(parsing:)`, written as its
/// `description`, and so encoded in JSON as that string.
public protocol TextCode: Codable, CustomStringConvertible, Sendable, Hashable {
    /// Reads the code from text, refusing anything invalid with a readable error.
    init(parsing text: String) throws(CodeError)
}

extension TextCode {
    public init(from decoder: any Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
