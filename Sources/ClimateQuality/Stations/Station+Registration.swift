import RegistryCore

extension Station {
    /// A station as an officer registers it, each field checked: an id of letters, digits, `-` or `_`
    /// (at most 20), a name, a Yanqing town, coordinates and an elevation in range.
    public static func registering(id: String, name: String, town: String, latitude: Double, longitude: Double,
                                   elevation: Double, kind: Kind) throws -> Station {
        let id = try TextInput.required(id, field: FieldName("站号", "station id"), maxLength: 20)
        guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw FieldError.invalid(field: FieldName("站号", "station id"), chinese: "只能含字母、数字、- 和 _",
                                     english: "only letters, digits, - and _ are allowed")
        }
        let name = try TextInput.required(name, field: FieldName("站名", "station name"), maxLength: 50)
        guard let resolved = Yanqing.town(named: town) else { throw RegistryError.unknownTown(town) }
        guard latitude.isFinite, longitude.isFinite, (-90...90).contains(latitude), (-180...180).contains(longitude) else {
            throw FieldError.invalid(field: FieldName("站点坐标", "station coordinates"), chinese: "坐标无效", english: "coordinates out of range")
        }
        guard elevation.isFinite, (-500...9000).contains(elevation) else {
            throw FieldError.invalid(field: FieldName("海拔", "elevation"), chinese: "应在 -500 至 9000 米之间",
                                     english: "must be between -500 and 9000 m")
        }
        return Station(id: id, name: name, townID: resolved.id, location: GeoCoordinate(latitude: latitude, longitude: longitude),
                       elevation: elevation, kind: kind)
    }
}
