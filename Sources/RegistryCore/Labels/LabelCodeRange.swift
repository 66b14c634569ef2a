/// A run of codes within one batch, from `first` to `last` in print order. Codes are printed in
/// ascending order, so the run is every code of the batch between the two, as on a sheet's footer.
public struct LabelCodeRange: Codable, Sendable, Hashable, CustomStringConvertible {
    public let first: LabelCode
    public let last: LabelCode

    /// The run between two codes, given in either order.
    public init(_ one: LabelCode, _ other: LabelCode) {
        first = min(one, other)
        last = max(one, other)
    }

    /// Reads `FIRST..LAST`: two codes, each forgiving case, spaces and hyphens.
    public init(parsing text: String) throws {
        let ends = text.components(separatedBy: "..")
        guard ends.count == 2 else {
            throw FieldError.invalid(field: .codeRange, chinese: "应写作「起始码..结束码」", english: "expected FIRST..LAST")
        }
        self.init(try LabelCode(parsingField: ends[0]), try LabelCode(parsingField: ends[1]))
    }

    public func contains(_ code: LabelCode) -> Bool { first <= code && code <= last }

    /// Whether every code of `other` lies in this run.
    public func contains(_ other: LabelCodeRange) -> Bool { contains(other.first) && contains(other.last) }

    public var description: String { "\(first.grouped()) – \(last.grouped())" }
}

extension FieldName {
    static let codeRange = FieldName("码段", "code range")
    static let labelCode = FieldName("标签码", "label code")
}

extension LabelCode {
    /// Reads a code typed into a form, naming the code in the error so that a list of codes says which one is wrong.
    public init(parsingField text: String) throws(FieldError) {
        do {
            try self.init(parsing: text)
        } catch {
            throw .invalid(field: .labelCode, chinese: "「\(text)」\(error.chinese)", english: "'\(text)': \(error.english)")
        }
    }
}
