import Testing
@testable import LabelPrint
