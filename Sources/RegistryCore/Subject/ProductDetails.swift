/// A farm product (农产品) grown on one plot for one season.
public struct ProductDetails: Codable, Sendable, Hashable {
    /// The crop, e.g. `葡萄`, `苹果`, `八棱脆海棠`, `香白杏`, `草莓`.
    public var crop: String
    public var variety: String?
    /// The plot's name, e.g. `张山营镇前黑龙庙村葡萄园`.
    public var plot: String
    public var location: GeoPoint
    public var areaMu: Double
    /// The season (harvest year).
    public var season: Int
    public var expectedOutputKg: Double
    public var packSizeKg: Double
    /// The GTIN of the packed product, when it has one (for GS1 Digital Link labels).
    public var gtin: String?

    public init(crop: String, variety: String? = nil, plot: String, location: GeoPoint, areaMu: Double, season: Int,
                expectedOutputKg: Double, packSizeKg: Double, gtin: String? = nil) {
        self.crop = crop
        self.variety = variety
        self.plot = plot
        self.location = location
        self.areaMu = areaMu
        self.season = season
        self.expectedOutputKg = expectedOutputKg
        self.packSizeKg = packSizeKg
        self.gtin = gtin
    }

    func validate() throws {
        _ = try TextInput.required(crop, field: .crop, maxLength: 30)
        _ = try TextInput.optional(variety, field: .variety, maxLength: 30)
        _ = try TextInput.required(plot, field: .plot, maxLength: 100)
        try location.validate(field: .plotLocation)
        guard areaMu.isFinite, areaMu > 0, areaMu < 1_000_000 else {
            throw FieldError.invalid(field: .areaMu, chinese: "应为大于 0 的亩数", english: "must be a positive number of mu")
        }
        guard (2000...2100).contains(season) else {
            throw FieldError.invalid(field: .season, chinese: "年份无效", english: "not a plausible year")
        }
        guard expectedOutputKg.isFinite, expectedOutputKg > 0, expectedOutputKg < 1e9 else {
            throw FieldError.invalid(field: .expectedOutput, chinese: "应为大于 0 的公斤数", english: "must be a positive number of kg")
        }
        guard packSizeKg.isFinite, packSizeKg > 0, packSizeKg <= expectedOutputKg else {
            throw FieldError.invalid(field: .packSize, chinese: "应大于 0 且不超过预计产量", english: "must be positive and at most the expected output")
        }
    }
}
