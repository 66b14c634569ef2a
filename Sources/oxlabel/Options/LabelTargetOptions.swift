import ArgumentParser
import RegistryCore

/// The labels a withdrawal reaches: `--batch B` (optionally `--range A..B` of it), or `--licence L --issued-before DATE`.
struct LabelTargetOptions: ParsableArguments {
    @Option(help: "A batch number.")
    var batch: String?

    @Option(help: "With --batch: only the run FIRST..LAST of its codes.")
    var range: String?

    @Option(help: "A licence number, with --issued-before.")
    var licence: String?

    @Option(name: .customLong("issued-before"), help: "With --licence: every batch issued before this day, YYYY-MM-DD.")
    var issuedBefore: String?

    func resolve() throws -> LabelTarget {
        switch (batch, range, licence, issuedBefore) {
        case (let batch?, nil, nil, nil):
            return .batch(batch)
        case (let batch?, let range?, nil, nil):
            return .codes(batch: batch, try LabelCodeRange(parsing: range))
        case (nil, nil, let licence?, let text?):
            guard let day = Day(text) else { throw CLIError.badValue(option: "--issued-before", value: text, expected: "a date YYYY-MM-DD") }
            return .issuedBefore(licence: licence, day)
        default:
            throw CLIError.exclusiveOptions(["--batch [--range]", "--licence --issued-before"])
        }
    }
}
