/// What reading an import file found, once its accepted rows have gone to the store.
public struct ObservationImportSummary: Sendable {
    /// A station whose rows were not in time order: its quality control is finished from the stored
    /// rows of `keys` read back in time order (`StationQualityControl`), and its flagged readings are
    /// not in `flaggedReadings`.
    public struct UnorderedStation: Sendable {
        public let stationID: String
        /// The hours of the station's rows in the file.
        public let keys: KeySet
    }

    /// The first refusals (at most `ObservationImporter.listedRejections`), ordered by line; several
    /// may concern the same line.
    public let rejections: [RowRejection]
    /// Every refused line, listed or not.
    public let rejectedLines: Int
    /// Data lines read (without the header and blank lines).
    public let dataLineCount: Int
    /// Readings flagged by quality control or by the provider, of the stations in time order.
    public let flaggedReadings: Int
    /// The stations with accepted rows, sorted.
    public let stations: [String]
    public let unorderedStations: [UnorderedStation]

    /// True when every line was accepted.
    public var isClean: Bool { rejectedLines == 0 }

    /// Refused lines beyond those listed.
    public var unlistedRejectedLines: Int { rejectedLines - Set(rejections.map(\.line)).count }
}
