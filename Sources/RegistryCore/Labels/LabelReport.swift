import Foundation

/// A report of a suspected copied label, sent by a member of the public from the verification page,
/// and how the bureau handled it.
public struct LabelReport: Codable, Sendable, Hashable {
    public var id: Int64
    public var at: Date
    /// The reported code, as the page had it.
    public var code: String
    public var text: String
    /// The coarse client hint (network prefix and browser family), never an address.
    public var client: String
    /// The licence and batch of the code, when it is a code the registry issued.
    public var licence: String?
    public var batch: String?
    /// Nil while the report is open.
    public var handling: Handling?

    /// Who marked the report handled, when, and their note.
    public struct Handling: Codable, Sendable, Hashable {
        public var at: Date
        public var by: String
        public var note: String

        public init(at: Date, by: String, note: String) {
            self.at = at
            self.by = by
            self.note = note
        }
    }

    public init(id: Int64, at: Date, code: String, text: String, client: String, licence: String? = nil, batch: String? = nil,
                handling: Handling? = nil) {
        self.id = id
        self.at = at
        self.code = code
        self.text = text
        self.client = client
        self.licence = licence
        self.batch = batch
        self.handling = handling
    }
}
