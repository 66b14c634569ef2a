/// Several fields of one input are wrong at once: every problem, in the order of the fields, so that a form
/// can show each beside its own field.
public struct InputProblems: Refusal {
    public let problems: [any Error]

    public var kind: RefusalKind { .invalid }


    public var chinese: String { problems.map { ($0 as? any UserFacingError)?.chinese ?? "\($0)" }.joined(separator: "；") }
    public var english: String { problems.map { ($0 as? any UserFacingError)?.english ?? "\($0)" }.joined(separator: "; ") }
}

/// Checks the fields of an input one after another, keeping every problem rather than stopping at the first.
struct InputCheck {
    private var problems: [any Error] = []

    /// The checked value, or nil with the problem kept.
    mutating func value<T>(_ check: () throws -> T) -> T? {
        do { return try check() } catch {
            problems.append(error)
            return nil
        }
    }

    /// What to throw when a value is missing: the one problem as it is, or all of them.
    var failure: any Error {
        problems.count == 1 ? problems[0] : InputProblems(problems: problems)
    }
}
