import RegistryCore

/// A date given on the command line, `YYYY-MM-DD`.
enum DayOption {
    /// The day `text` names, nil when no text was given; a text that names no day is refused naming the option.
    static func parse(_ text: String?, option: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(text) else { throw CLIError.badValue(option: option, value: text, expected: "a date YYYY-MM-DD") }
        return day
    }
}
