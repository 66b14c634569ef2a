/// The particular fields of a new subject as typed on the command line or in the console, before they are
/// checked: each kind takes its own, and a missing required one is named as an empty field.
public struct SubjectDetailsInput: Sendable {
    public var crop: String?
    public var variety: String?
    public var plot: String?
    public var areaMu: Double?
    public var season: Int?
    public var expectedOutputKg: Double?
    public var packSizeKg: Double?
    public var gtin: String?
    public var address: String?
    public var rooms: Int?
    public var restaurant: String?
    public var ingredients: [Ingredient]
    public var latitude: Double?
    public var longitude: Double?
    public var elevation: Double?

    public init(crop: String? = nil, variety: String? = nil, plot: String? = nil, areaMu: Double? = nil, season: Int? = nil,
                expectedOutputKg: Double? = nil, packSizeKg: Double? = nil, gtin: String? = nil, address: String? = nil,
                rooms: Int? = nil, restaurant: String? = nil, ingredients: [Ingredient] = [],
                latitude: Double? = nil, longitude: Double? = nil, elevation: Double? = nil) {
        self.crop = crop
        self.variety = variety
        self.plot = plot
        self.areaMu = areaMu
        self.season = season
        self.expectedOutputKg = expectedOutputKg
        self.packSizeKg = packSizeKg
        self.gtin = gtin
        self.address = address
        self.rooms = rooms
        self.restaurant = restaurant
        self.ingredients = ingredients
        self.latitude = latitude
        self.longitude = longitude
        self.elevation = elevation
    }

    /// The details of a subject of a kind, from the fields that kind takes (checked when the subject is made).
    public func details(for kind: SubjectKind) throws(FieldError) -> SubjectDetails {
        switch kind {
        case .product:
            .product(ProductDetails(
                crop: try Self.required(crop, .crop), variety: variety, plot: try Self.required(plot, .plot),
                location: try location(.plotLocation, elevation: try Self.required(elevation, .elevation)), areaMu: try Self.required(areaMu, .areaMu), season: try Self.required(season, .season),
                expectedOutputKg: try Self.required(expectedOutputKg, .expectedOutput), packSizeKg: try Self.required(packSizeKg, .packSize),
                gtin: gtin))
        case .homestay:
            .homestay(HomestayDetails(address: try Self.required(address, .homestayAddress), rooms: try Self.required(rooms, .rooms),
                                      location: try location(.homestayLocation)))
        case .dish:
            .dish(DishDetails(restaurant: try Self.required(restaurant, .restaurant), ingredients: ingredients))
        }
    }

    /// The coordinates (required) and the elevation: a product's plot needs it, since its climate assessment
    /// compares it with the station's height.
    private func location(_ field: FieldName, elevation: Double? = nil) throws(FieldError) -> GeoPoint {
        GeoPoint(latitude: try Self.required(latitude, field), longitude: try Self.required(longitude, field), elevation: elevation ?? self.elevation)
    }

    private static func required<T>(_ value: T?, _ field: FieldName) throws(FieldError) -> T {
        guard let value else { throw .empty(field: field) }
        return value
    }
}
