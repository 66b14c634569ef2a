/// A clerk's correction of a registered subject (更正认证对象): each field given replaces the stored one,
/// the others stay. Only the fields of the subject's kind may be given; the corrected subject is checked
/// as a new one is.
public struct SubjectEdit: Sendable {
    public var name: String?
    public var town: String?
    public var latitude: Double?
    public var longitude: Double?
    public var elevation: Double?
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
    public var ingredients: [Ingredient]?

    public init(name: String? = nil, town: String? = nil, latitude: Double? = nil, longitude: Double? = nil, elevation: Double? = nil,
                crop: String? = nil, variety: String? = nil, plot: String? = nil, areaMu: Double? = nil, season: Int? = nil,
                expectedOutputKg: Double? = nil, packSizeKg: Double? = nil, gtin: String? = nil, address: String? = nil,
                rooms: Int? = nil, restaurant: String? = nil, ingredients: [Ingredient]? = nil) {
        self.name = name
        self.town = town
        self.latitude = latitude
        self.longitude = longitude
        self.elevation = elevation
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
    }

    /// The subject with the given fields replaced, checked as a new subject is (the same number).
    public func applied(to subject: Subject) throws -> Subject {
        let details: SubjectDetails
        switch subject.details {
        case .product(var product):
            try refuse([(address, .homestayAddress), (rooms, .rooms), (restaurant, .restaurant), (ingredients, .ingredients)], on: subject)
            product.crop = crop ?? product.crop
            product.variety = variety.map { $0.isEmpty ? nil : $0 } ?? product.variety
            product.plot = plot ?? product.plot
            product.location = moved(product.location)
            product.areaMu = areaMu ?? product.areaMu
            product.season = season ?? product.season
            product.expectedOutputKg = expectedOutputKg ?? product.expectedOutputKg
            product.packSizeKg = packSizeKg ?? product.packSizeKg
            if let gtin { product.gtin = gtin.isEmpty ? nil : try Self.checked(gtin) }
            details = .product(product)
        case .homestay(var homestay):
            try refuse(productFields + [(restaurant, .restaurant), (ingredients, .ingredients)], on: subject)
            homestay.address = address ?? homestay.address
            homestay.rooms = rooms ?? homestay.rooms
            homestay.location = moved(homestay.location)
            details = .homestay(homestay)
        case .dish(var dish):
            try refuse(productFields + [(address, .homestayAddress), (rooms, .rooms), (latitude, .coordinates), (longitude, .coordinates), (elevation, .elevation)],
                       on: subject)
            dish.restaurant = restaurant ?? dish.restaurant
            dish.ingredients = ingredients ?? dish.ingredients
            details = .dish(dish)
        }
        var edited = try Subject(operatorID: subject.operatorID, name: name ?? subject.name,
                                 town: town ?? Yanqing.towns.first { $0.id == subject.townID }?.name ?? subject.townID, details: details)
        edited.id = subject.id
        return edited
    }

    /// The product's own fields, given or not.
    private var productFields: [(Any?, FieldName)] {
        [(crop, .crop), (variety, .variety), (plot, .plot), (areaMu, .areaMu), (season, .season), (expectedOutputKg, .expectedOutput),
         (packSizeKg, .packSize), (gtin, .gtin)]
    }

    /// Refuses the first given field that the subject's kind does not have.
    private func refuse(_ fields: [(Any?, FieldName)], on subject: Subject) throws {
        if let field = fields.first(where: { $0.0 != nil })?.1 {
            throw FieldError.invalid(field: field, chinese: "\(subject.kind.chinese)没有此项", english: "a \(subject.kind.rawValue) has no such field")
        }
    }

    /// A GTIN as its 14 digits, or the field's problem.
    private static func checked(_ gtin: String) throws -> String {
        do { return try GTIN(parsing: gtin).digits14 } catch {
            throw FieldError.invalid(field: .gtin, chinese: error.chinese, english: error.english)
        }
    }

    /// A location with the given coordinates and elevation.
    private func moved(_ point: GeoPoint) -> GeoPoint {
        GeoPoint(latitude: latitude ?? point.latitude, longitude: longitude ?? point.longitude, elevation: elevation ?? point.elevation)
    }
}
