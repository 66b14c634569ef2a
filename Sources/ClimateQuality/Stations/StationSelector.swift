/// Chooses the station whose data represent a place (standards.md §1.5 [D]).
///
/// A station inside the area's boundary wins (the one nearest the centre); otherwise the nearest
/// station within the rule's distance and height difference; otherwise a refusal naming the nearest
/// candidate and why it does not qualify.
public struct StationSelector: Sendable {
    public let rule: RepresentativenessRule

    public init(rule: RepresentativenessRule = .districtDefault) {
        self.rule = rule
    }

    /// The station for `area` among `stations` that observe `kind`.
    public func choose(for area: ProductionArea, among stations: [Station], observing kind: Station.Kind)
        throws(ClimateQualityError) -> StationChoice
    {
        let candidates = stations.filter { $0.kind.serves(kind) }.map { station in
            StationChoice(station: station, isInsideArea: area.contains(station.location),
                          distance: area.centre.distance(to: station.location),
                          heightDifference: station.elevation - area.elevation, rule: rule)
        }.sorted { $0.distance < $1.distance }
        if let inside = candidates.first(where: \.isInsideArea) { return inside }
        if let near = candidates.first(where: {
            $0.distance <= rule.maximumDistance && abs($0.heightDifference) <= rule.maximumHeightDifference
        }) {
            return near
        }
        throw .noRepresentativeStation(area: area.name, kind: kind, nearest: candidates.first.map {
            .init(stationName: $0.station.name, stationID: $0.station.id, distance: $0.distance,
                  heightDifference: $0.heightDifference)
        }, rule: rule)
    }
}
