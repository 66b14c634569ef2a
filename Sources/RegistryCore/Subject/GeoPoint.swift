import Foundation

/// A WGS-84 position with an optional elevation in metres.
public struct GeoPoint: Codable, Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double
    public var elevation: Double?

    public init(latitude: Double, longitude: Double, elevation: Double? = nil) {
        self.latitude = latitude
        self.longitude = longitude
        self.elevation = elevation
    }

    /// The rough box around Yanqing District (115°44′–116°34′E, 40°16′–40°47′N), with a small margin.
    public var isInYanqing: Bool {
        (40.25...40.80).contains(latitude) && (115.70...116.60).contains(longitude)
    }

    func validate(field: FieldName) throws {
        guard latitude.isFinite, longitude.isFinite, (-90...90).contains(latitude), (-180...180).contains(longitude) else {
            throw FieldError.invalid(field: field, chinese: "坐标无效", english: "coordinates out of range")
        }
        if let elevation, !(elevation.isFinite && (-500...9000).contains(elevation)) {
            throw FieldError.invalid(field: field, chinese: "海拔无效", english: "elevation out of range")
        }
    }
}
