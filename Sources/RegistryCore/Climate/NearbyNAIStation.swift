/// A negative-air-ion station as seen from a homestay: how far and how much higher it stands, and its
/// annual mean for the year the admission rule reads. Gathered by the store; the rule picks the
/// nearest one within its own distance and height limits.
public struct NearbyNAIStation: Codable, Sendable, Hashable {
    public let stationID: String
    public let name: String
    /// Horizontal distance, metres.
    public let distance: Double
    /// Station elevation minus the homestay's, metres; nil when the homestay has no recorded elevation.
    public let heightDifference: Double?
    public let year: Int
    /// The annual mean, ions per cm³, only when the year's data are valid.
    public let annualMean: Double?
    /// The year's data validity in words, e.g. `有效 362/365 天（需 324）`.
    public let validity: String

    public init(stationID: String, name: String, distance: Double, heightDifference: Double?, year: Int,
                annualMean: Double?, validity: String) {
        self.stationID = stationID
        self.name = name
        self.distance = distance
        self.heightDifference = heightDifference
        self.year = year
        self.annualMean = annualMean
        self.validity = validity
    }

    /// `松山 (YQ101)，距 1.2 km、高差 +35 m`.
    public var placement: String {
        let height = heightDifference.map { "高差 \($0 >= 0 ? "+" : "")\(Int($0.rounded())) m" } ?? "高差未知"
        return "\(name) (\(stationID))，距 \(Self.kilometres(distance)) km、\(height)"
    }

    /// Metres as kilometres with one decimal.
    static func kilometres(_ metres: Double) -> String {
        let tenths = Int((metres / 100).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
