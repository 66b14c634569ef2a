/// A 统一社会信用代码 (unified social credit code), validated per GB 32100-2015.
///
/// Layout of the 18 characters: 1 registration-authority code, 2 entity-type code, 3–8 administrative
/// division (GB/T 2260), 9–17 organisation code (GB 11714), 18 check character. The alphabet is the
/// digits and the capitals without I, O, S, V and Z (31 characters); the check character is
/// `31 − (Σ value(cᵢ)·3ⁱ mod 31)` over the first 17, with 31 written as `0`.
public struct USCC: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The 18 characters, upper case.
    public let value: String

    /// The 31 characters of the code alphabet, in value order.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// Entity-type codes allowed under each registration-authority code (GB 32100-2015 Table 1).
    public static let entityTypes: [Character: (authority: String, types: [Character: String])] = [
        "1": ("机构编制", ["1": "机关", "2": "事业单位", "3": "中央编办直接管理机构编制的群众团体", "9": "其他"]),
        "2": ("外交", ["1": "外国常驻新闻机构", "9": "其他"]),
        "3": ("司法行政", ["1": "律师执业机构", "2": "公证处", "3": "基层法律服务所", "4": "司法鉴定机构", "5": "仲裁委员会", "9": "其他"]),
        "4": ("文化", ["1": "外国在华文化中心", "9": "其他"]),
        "5": ("民政", ["1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他"]),
        "6": ("旅游", ["1": "外国旅游部门常驻代表机构", "2": "港澳台地区旅游部门常驻内地（大陆）代表机构", "9": "其他"]),
        "7": ("宗教", ["1": "宗教活动场所", "2": "宗教院校", "9": "其他"]),
        "8": ("工会", ["1": "基层工会", "9": "其他"]),
        "9": ("工商", ["1": "企业", "2": "个体工商户", "3": "农民专业合作社"]),
        "A": ("中央军委改革和编制办公室", ["1": "军队事业单位", "9": "其他"]),
        "N": ("农业", ["1": "组级集体经济组织", "2": "村级集体经济组织", "3": "乡镇级集体经济组织", "9": "其他"]),
        "Y": ("其他", ["1": "其他"]),
    ]

    /// Leading two digits of the province-level divisions of GB/T 2260.
    static let provinces: Set<String> = [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82",
    ]

    private static let weights: [Int] = (0..<17).map { i in (0..<i).reduce(1) { acc, _ in acc * 3 % 31 } }

    /// Validates a code; lower case and surrounding spaces are forgiven.
    public init(_ text: String) throws(USCCError) {
        let code = Array(text.trimmingWhitespace.uppercased())
        guard code.count == 18 else { throw .wrongLength(actual: code.count) }
        var values: [Int] = []
        for (index, character) in code.enumerated() {
            guard let value = USCC.alphabet.firstIndex(of: character) else {
                throw .illegalCharacter(position: index + 1, character: character)
            }
            values.append(value)
        }
        guard let authority = USCC.entityTypes[code[0]] else {
            throw .unknownRegistrationAuthority(code[0])
        }
        guard authority.types[code[1]] != nil else {
            throw .unknownEntityType(authority: code[0], type: code[1], allowed: authority.types.keys.sorted().map(String.init).joined(separator: "、"))
        }
        let division = String(code[2..<8])
        guard division.allSatisfy(\.isASCIIDigit), USCC.provinces.contains(String(division.prefix(2))) else {
            throw .badDivisionCode(division)
        }
        let expected = USCC.checkCharacter(for: values.prefix(17))
        guard code[17] == expected else { throw .badCheckCharacter(expected: expected, actual: code[17]) }
        self.value = String(code)
    }

    /// The check character for the first 17 values.
    static func checkCharacter(for values: ArraySlice<Int>) -> Character {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } % 31
        return alphabet[(31 - sum) % 31]
    }

    /// Completes 17 characters with their check character; for generating demo and test data.
    public static func completing(_ first17: String) -> USCC? {
        let characters = Array(first17.uppercased())
        guard characters.count == 17 else { return nil }
        let values = characters.compactMap { alphabet.firstIndex(of: $0) }
        guard values.count == 17 else { return nil }
        return try? USCC(first17 + String(checkCharacter(for: values[...])))
    }

    /// The six-digit administrative division the entity was registered in.
    public var divisionCode: String { String(value.dropFirst(2).prefix(6)) }

    /// The entity type in Chinese, e.g. `农民专业合作社`.
    public var entityTypeName: String {
        let chars = Array(value)
        return USCC.entityTypes[chars[0]]?.types[chars[1]] ?? ""
    }

    public var description: String { value }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try USCC(text)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
