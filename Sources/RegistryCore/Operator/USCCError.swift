/// Why a text is not a valid 统一社会信用代码; each case names the character at fault.
public enum USCCError: Refusal, Equatable {
    case wrongLength(actual: Int)
    case illegalCharacter(position: Int, character: Character)
    case unknownRegistrationAuthority(Character)
    case unknownEntityType(authority: Character, type: Character, allowed: String)
    case badDivisionCode(String)
    case badCheckCharacter(expected: Character, actual: Character)

    public var kind: RefusalKind { .invalid }

    public var chinese: String {
        switch self {
        case .wrongLength(let n):
            "统一社会信用代码应为 18 位，实为 \(n) 位"
        case .illegalCharacter(let position, let c):
            "统一社会信用代码第 \(position) 位「\(c)」不是合法字符（只用数字和除 I、O、S、V、Z 以外的大写字母）"
        case .unknownRegistrationAuthority(let c):
            "统一社会信用代码第 1 位登记管理部门代码「\(c)」不存在"
        case .unknownEntityType(let authority, let type, let allowed):
            "统一社会信用代码第 2 位机构类别代码「\(type)」在登记管理部门「\(authority)」下不存在，应为 \(allowed) 之一"
        case .badDivisionCode(let code):
            "统一社会信用代码第 3–8 位行政区划码「\(code)」无效"
        case .badCheckCharacter(let expected, let actual):
            "统一社会信用代码第 18 位校验码应为「\(expected)」，实为「\(actual)」，请核对前 17 位是否输错"
        }
    }

    public var english: String {
        switch self {
        case .wrongLength(let n):
            "a USCC has 18 characters, got \(n)"
        case .illegalCharacter(let position, let c):
            "USCC character \(position) '\(c)' is not allowed (digits and capitals except I, O, S, V, Z)"
        case .unknownRegistrationAuthority(let c):
            "USCC character 1, registration authority '\(c)', does not exist"
        case .unknownEntityType(let authority, let type, let allowed):
            "USCC character 2, entity type '\(type)', does not exist under authority '\(authority)'; expected one of \(allowed)"
        case .badDivisionCode(let code):
            "USCC characters 3–8, administrative division '\(code)', is not a valid division code"
        case .badCheckCharacter(let expected, let actual):
            "USCC check character (18th) is '\(actual)', expected '\(expected)': one of the first 17 characters is probably mistyped"
        }
    }
}
