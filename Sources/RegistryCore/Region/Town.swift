import Foundation

/// One of Yanqing District's 15 towns and townships (镇、乡) or 3 subdistricts (街道).
public struct Town: Codable, Sendable, Hashable, Identifiable {
    /// The 9-digit statistical division code (110119xxx).
    public let id: String
    /// The Chinese name, as written on documents, e.g. `张山营镇`.
    public let name: String
    /// The pinyin name, for English output.
    public let pinyin: String
    /// Whether it is a town (镇), a township (乡) or a subdistrict (街道).
    public let kind: Kind
    /// The approximate centre of the seat, for demo data and maps.
    public let latitude: Double
    public let longitude: Double

    /// The kind of a township-level division.
    public enum Kind: String, Codable, Sendable {
        case subdistrict = "街道"
        case town = "镇"
        case township = "乡"
    }
}

/// Yanqing District (北京市延庆区) and its township-level divisions.
public enum Yanqing {
    /// The district's administrative division code (GB/T 2260), also the leading six digits of a
    /// USCC registered here.
    public static let divisionCode = "110119"

    /// Every township-level division of the district.
    public static let towns: [Town] = [
        Town(id: "110119001", name: "百泉街道", pinyin: "Baiquan", kind: .subdistrict, latitude: 40.462, longitude: 115.979),
        Town(id: "110119002", name: "香水园街道", pinyin: "Xiangshuiyuan", kind: .subdistrict, latitude: 40.472, longitude: 115.958),
        Town(id: "110119003", name: "儒林街道", pinyin: "Rulin", kind: .subdistrict, latitude: 40.447, longitude: 115.968),
        Town(id: "110119100", name: "延庆镇", pinyin: "Yanqing", kind: .town, latitude: 40.456, longitude: 115.995),
        Town(id: "110119101", name: "康庄镇", pinyin: "Kangzhuang", kind: .town, latitude: 40.403, longitude: 115.862),
        Town(id: "110119102", name: "八达岭镇", pinyin: "Badaling", kind: .town, latitude: 40.359, longitude: 116.013),
        Town(id: "110119103", name: "永宁镇", pinyin: "Yongning", kind: .town, latitude: 40.531, longitude: 116.140),
        Town(id: "110119104", name: "旧县镇", pinyin: "Jiuxian", kind: .town, latitude: 40.518, longitude: 116.052),
        Town(id: "110119105", name: "张山营镇", pinyin: "Zhangshanying", kind: .town, latitude: 40.478, longitude: 115.858),
        Town(id: "110119106", name: "四海镇", pinyin: "Sihai", kind: .town, latitude: 40.528, longitude: 116.413),
        Town(id: "110119107", name: "千家店镇", pinyin: "Qianjiadian", kind: .town, latitude: 40.692, longitude: 116.330),
        Town(id: "110119108", name: "沈家营镇", pinyin: "Shenjiaying", kind: .town, latitude: 40.482, longitude: 116.048),
        Town(id: "110119109", name: "大榆树镇", pinyin: "Dayushu", kind: .town, latitude: 40.420, longitude: 115.930),
        Town(id: "110119110", name: "井庄镇", pinyin: "Jingzhuang", kind: .town, latitude: 40.433, longitude: 116.100),
        Town(id: "110119200", name: "刘斌堡乡", pinyin: "Liubinpu", kind: .township, latitude: 40.560, longitude: 116.240),
        Town(id: "110119201", name: "大庄科乡", pinyin: "Dazhuangke", kind: .township, latitude: 40.400, longitude: 116.250),
        Town(id: "110119202", name: "香营乡", pinyin: "Xiangying", kind: .township, latitude: 40.573, longitude: 116.020),
        Town(id: "110119203", name: "珍珠泉乡", pinyin: "Zhenzhuquan", kind: .township, latitude: 40.600, longitude: 116.450),
    ]

    /// Finds a division by its Chinese name (with or without the 镇/乡/街道 suffix), pinyin or code.
    public static func town(named query: String) -> Town? {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return nil }
        return towns.first { town in
            town.name == q || town.id == q || town.pinyin.caseInsensitiveCompare(q) == .orderedSame
                || town.name.dropLast(town.kind.rawValue.count) == q
        }
    }
}
