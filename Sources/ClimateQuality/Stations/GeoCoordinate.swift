import Foundation

/// A point on the WGS 84 ellipsoid, in decimal degrees.
public struct GeoCoordinate: Hashable, Sendable, Codable {
    public let latitude: Double
    public let longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The mean Earth radius used by the haversine formula, metres.
    static let earthRadius = 6_371_008.8

    /// Great-circle (haversine) distance to `other`, metres.
    public func distance(to other: GeoCoordinate) -> Double {
        let toRadians = Double.pi / 180
        let dLatitude = (other.latitude - latitude) * toRadians
        let dLongitude = (other.longitude - longitude) * toRadians
        let a = sin(dLatitude / 2) * sin(dLatitude / 2)
            + cos(latitude * toRadians) * cos(other.latitude * toRadians) * sin(dLongitude / 2) * sin(dLongitude / 2)
        return 2 * GeoCoordinate.earthRadius * asin(min(1, a.squareRoot()))
    }
}
