/// A report of figures for print: a title block, key facts, and sections each holding a table, a
/// chart and lines of text. The quarterly report (每季度报送) is one; its CSV export lists the same
/// tables, so that the printed and the spreadsheet figures are the same figures.
public struct FiguresReport: Sendable, Hashable {
    /// A labelled value of the title block.
    public struct Fact: Sendable, Hashable {
        public let label: String
        public let value: String

        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// A table of text cells under a header row.
    public struct Table: Sendable, Hashable {
        public let header: [String]
        public let rows: [[String]]

        public init(header: [String], rows: [[String]]) {
            self.header = header
            self.rows = rows
        }
    }

    /// A titled part of the report.
    public struct Section: Sendable, Hashable {
        public let title: String
        public let table: Table?
        public let charts: [BarChart]
        public let lines: [String]

        public init(title: String, table: Table? = nil, charts: [BarChart] = [], lines: [String] = []) {
            self.title = title
            self.table = table
            self.charts = charts
            self.lines = lines
        }
    }

    public let title: String
    public let subtitle: String
    /// The caption over `period` at the top right, e.g. 报送期间.
    public let caption: String
    public let period: String
    public let facts: [Fact]
    public let sections: [Section]
    /// The small print at the bottom of every page.
    public let note: String

    public init(title: String, subtitle: String, caption: String, period: String, facts: [Fact], sections: [Section], note: String) {
        self.title = title
        self.subtitle = subtitle
        self.caption = caption
        self.period = period
        self.facts = facts
        self.sections = sections
        self.note = note
    }
}
