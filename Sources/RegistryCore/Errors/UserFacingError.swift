/// An error a person can read: a Chinese sentence for the console and public pages, and an English one
/// for the command line and logs.
public protocol UserFacingError: Error, CustomStringConvertible, Sendable {
    /// The message in Chinese.
    var chinese: String { get }
    /// The same message in plain English.
    var english: String { get }
}

extension UserFacingError {
    public var description: String { "\(chinese) (\(english))" }
}
