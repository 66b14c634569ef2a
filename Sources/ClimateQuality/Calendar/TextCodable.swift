/// A value stored in JSON as its text (`"2025-06-01"`, `"06-01"`) rather than as an object.
public protocol TextCodable: Codable, CustomStringConvertible {
    /// Parses the text form; nil when it is malformed.
    init?(text: String)
    /// The expected form, for error messages.
    static var textFormat: String { get }
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a day \(Self.textFormat): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
