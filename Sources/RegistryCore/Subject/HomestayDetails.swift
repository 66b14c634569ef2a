/// A homestay (精品民宿).
public struct HomestayDetails: Codable, Sendable, Hashable {
    public var address: String
    public var rooms: Int
    public var location: GeoPoint

    public init(address: String, rooms: Int, location: GeoPoint) {
        self.address = address
        self.rooms = rooms
        self.location = location
    }

    func validate() throws {
        _ = try TextInput.required(address, field: FieldName("民宿地址", "homestay address"), maxLength: 200)
        guard (1...500).contains(rooms) else {
            throw FieldError.invalid(field: FieldName("客房数", "rooms"), chinese: "应在 1–500 之间", english: "must be between 1 and 500")
        }
        try location.validate(field: FieldName("民宿坐标", "homestay coordinates"))
    }
}
