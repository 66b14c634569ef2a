/// The station chosen to represent a production area or a homestay, and why.
public struct StationChoice: Hashable, Sendable, Codable {
    public let station: Station
    /// Whether the station stands inside the area's boundary.
    public let isInsideArea: Bool
    /// Haversine distance from the area's centre, metres.
    public let distance: Double
    /// Station elevation minus area elevation, metres.
    public let heightDifference: Double
    public let rule: RepresentativenessRule

    /// `延庆国家站 (54406)，距产地 3.2 km，高差 -12 m`.
    public var summary: String {
        let place = isInsideArea ? "位于产地内" : "距产地 \(Formatting.decimal(distance / 1000, places: 1)) km"
        return "\(station.name) (\(station.id))，\(place)，高差 \(Formatting.decimal(heightDifference, places: 0)) m"
    }
}
