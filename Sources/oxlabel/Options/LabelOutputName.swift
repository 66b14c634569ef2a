import ArgumentParser
import LabelPrint

/// `labels print --format`: a template format (as PDF), `tspl`, `zpl` or `svg`, refused by the parser
/// when it is none of them.
struct LabelOutputName: ExpressibleByArgument {
    let name: String

    init?(argument: String) {
        guard LabelOutput(name: argument) != nil else { return nil }
        name = argument
    }

    static var allValueStrings: [String] { LabelOutput.names }
}
