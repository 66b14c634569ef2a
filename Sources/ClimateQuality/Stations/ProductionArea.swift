/// The certified production area (产地) of a product: a plot or a group of plots.
public struct ProductionArea: Hashable, Sendable, Codable {
    /// How the area is called on the certificate, e.g. `张山营镇里炮村葡萄园`.
    public let name: String
    /// A representative point (centre of the plots), used for the distance to stations.
    public let centre: GeoCoordinate
    /// Mean elevation of the plots, metres.
    public let elevation: Double
    /// The boundary as a closed polygon (first point not repeated); empty when only the centre is known.
    public let boundary: [GeoCoordinate]

    public init(name: String, centre: GeoCoordinate, elevation: Double, boundary: [GeoCoordinate] = []) {
        self.name = name
        self.centre = centre
        self.elevation = elevation
        self.boundary = boundary
    }

    /// Whether `point` lies inside the boundary (ray casting; plots are small enough for planar maths).
    public func contains(_ point: GeoCoordinate) -> Bool {
        guard boundary.count >= 3 else { return false }
        var inside = false
        var previous = boundary[boundary.count - 1]
        for vertex in boundary {
            if (vertex.latitude > point.latitude) != (previous.latitude > point.latitude) {
                let crossing = (previous.longitude - vertex.longitude) * (point.latitude - vertex.latitude)
                    / (previous.latitude - vertex.latitude) + vertex.longitude
                if point.longitude < crossing { inside.toggle() }
            }
            previous = vertex
        }
        return inside
    }
}
