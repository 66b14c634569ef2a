import RegistryCore

/// The district's representative stations for the 天然氧吧 indicators ([default]
/// `Schemas/rules/environment.json`): the weather station the comfortable months are counted at, the
/// station whose daily AQI gives the good-air share, and the NAI stations whose annual means make the
/// district's NAI mean. A year without valid data from a representative station is reported as such,
/// never replaced by another station.
public struct RepresentativeStations: Hashable, Sendable, Codable {
    /// The weather station for the comfort months, e.g. `54406`.
    public let comfort: String
    /// The station whose daily AQI gives the good-air share, e.g. `54406`.
    public let airQuality: String
    public let nai: NAIStations

    public init(comfort: String, airQuality: String, nai: NAIStations) {
        self.comfort = comfort
        self.airQuality = airQuality
        self.nai = nai
    }

    /// The NAI stations of the district mean: every registered NAI station (`"all"` in the file), or
    /// those listed.
    public enum NAIStations: Hashable, Sendable, Codable {
        case all
        case listed([String])

        /// Whether the station with `id` counts.
        public func includes(_ id: String) -> Bool {
            switch self {
            case .all: true
            case .listed(let ids): ids.contains(id)
            }
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let ids = try? container.decode([String].self) {
                self = .listed(ids)
            } else if try container.decode(String.self) == "all" {
                self = .all
            } else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: "nai must be \"all\" or a list of station ids"))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .all: try container.encode("all")
            case .listed(let ids): try container.encode(ids)
            }
        }
    }

    /// A representative station as printed: `延庆国家气象观测站 (54406)`; `54406（未登记）` when no
    /// registered station has the id, `… （不是气象站）` when the station does not observe `serving`.
    public static func naming(_ id: String, among stations: [Station], serving kind: Station.Kind?) -> String {
        guard let station = stations.first(where: { $0.id == id }) else { return "\(id)（未登记）" }
        let named = "\(station.name) (\(station.id))"
        guard let kind, !station.kind.serves(kind) else { return named }
        return "\(named)（不是\(kind.chinese)）"
    }

    /// The NAI stations of the district mean as printed: `全部负氧离子站（12 个）`, or each listed one.
    public func naiNaming(among stations: [Station]) -> String {
        switch nai {
        case .all: "全部负氧离子站（\(stations.filter { $0.kind.serves(.nai) }.count) 个）"
        case .listed(let ids): ids.map { Self.naming($0, among: stations, serving: .nai) }.joined(separator: "、")
        }
    }

    /// The first problem of the ids, as a sentence; nil when they are usable: each a station id (letters,
    /// digits, `-`, `_`, at most 20), a non-empty NAI list without repeats.
    public var problem: String? {
        func isStationID(_ id: String) -> Bool {
            !id.isEmpty && id.count <= 20 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        }
        if !isStationID(comfort) { return "representativeStations.comfort \"\(comfort)\" is not a station id" }
        if !isStationID(airQuality) { return "representativeStations.airQuality \"\(airQuality)\" is not a station id" }
        if case .listed(let ids) = nai {
            if ids.isEmpty { return "representativeStations.nai lists no station; write \"all\" for every NAI station" }
            if let bad = ids.first(where: { !isStationID($0) }) { return "representativeStations.nai \"\(bad)\" is not a station id" }
            if Set(ids).count != ids.count { return "representativeStations.nai names a station twice" }
        }
        return nil
    }
}
