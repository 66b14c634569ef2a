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
        _ = try TextInput.required(address, field: .homestayAddress, maxLength: 200)
        guard (1...500).contains(rooms) else {
            throw FieldError.invalid(field: .rooms, chinese: "应在 1–500 之间", english: "must be between 1 and 500")
        }
        try location.validate(field: .homestayLocation)
    }
}
