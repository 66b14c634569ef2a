/// A town's annual mean NAI: the arithmetic mean of its stations' valid annual means
/// (standards.md §2.4 [S] pattern, [D] rule).
public struct TownNAIAnnualMean: Hashable, Sendable, Codable {
    public let townID: String
    public let year: Int
    /// nil when no station of the town has a valid year.
    public let mean: Double?
    /// Stations whose means were used.
    public let stationIDs: [String]
    /// Stations of the town left out because their year is not valid.
    public let excludedStationIDs: [String]

    /// One value per town that has at least one NAI station among `stations`, sorted by town id.
    public static func byTown(_ means: [StationNAIAnnualMean], stations: [Station], year: Int) -> [TownNAIAnnualMean] {
        let townOfStation = Dictionary(uniqueKeysWithValues: stations.map { ($0.id, $0.townID) })
        let byTown = Dictionary(grouping: means.filter { $0.year == year && townOfStation[$0.stationID] != nil }) {
            townOfStation[$0.stationID]!
        }
        return byTown.keys.sorted().map { townID in
            let stationMeans = byTown[townID]!.sorted { $0.stationID < $1.stationID }
            let valid = stationMeans.filter(\.isValid)
            return TownNAIAnnualMean(
                townID: townID, year: year,
                mean: valid.isEmpty ? nil : valid.compactMap(\.validMean).reduce(0, +) / Double(valid.count),
                stationIDs: valid.map(\.stationID),
                excludedStationIDs: stationMeans.filter { !$0.isValid }.map(\.stationID))
        }
    }
}
