import ArgumentParser
import RegistryCore

/// Which labels of a batch a command is for: `--codes` one by one, or a `--range` from one code to another.
struct LabelSelectionOptions: ParsableArguments {
    @Option(help: "Label codes, comma-separated or repeated (case, spaces and hyphens are forgiven).")
    var codes: [String] = []

    @Option(help: "A run of codes in print order, FIRST..LAST (as on a sheet's footer).")
    var range: String?

    func resolve() throws -> LabelSelection {
        switch (codes.isEmpty, range) {
        case (false, nil):
            .codes(try codes.flatMap { $0.split(separator: ",") }.map { try LabelCode(parsingField: String($0)) })
        case (true, let range?):
            .run(try LabelCodeRange(parsing: range))
        default:
            throw CLIError.exclusiveOptions(["--codes", "--range"])
        }
    }
}
