/// Why a label code, GTIN, lot, host or verification URL was refused, in words a clerk or a consumer can read.
public enum CodeError: Refusal, Equatable {
    /// A label code has the wrong number of characters (separators not counted).
    case labelCodeLength(found: Int)
    /// A label code contains a character outside Crockford base32 (U, punctuation, …).
    case labelCodeIllegalCharacter(Character, position: Int)
    /// All characters are legal but the check character does not match: almost certainly a typo.
    case labelCodeTypo
    /// A GTIN has a length other than 8, 12, 13 or 14 digits.
    case gtinLength(found: Int)
    /// A GTIN contains something other than digits.
    case gtinNotDigits
    /// A GTIN's last digit is not its mod-10 check digit.
    case gtinCheckDigit(expected: Int)
    /// A lot number is empty or longer than 20 characters.
    case lotLength(found: Int)
    /// A lot number contains a character outside GS1 CSET 82.
    case lotIllegalCharacter(Character)
    /// A verification host is empty or not a plain DNS name with an optional port.
    case hostInvalid(String)
    /// A URL is neither `…/V/<code>` nor a GS1 Digital Link with `/01/…/10/…/21/<code>`.
    case urlUnrecognised(String)

    /// The message in English.
    public var english: String {
        switch self {
        case .labelCodeLength(let found):
            "A label code has \(LabelCode.length) characters; this one has \(found)."
        case .labelCodeIllegalCharacter(let character, let position):
            "Character \(position + 1) (\"\(character)\") cannot appear in a label code."
        case .labelCodeTypo:
            "This code contains a typo: check the code and type it again."
        case .gtinLength(let found):
            "A GTIN has 8, 12, 13 or 14 digits; this one has \(found)."
        case .gtinNotDigits:
            "A GTIN contains digits only."
        case .gtinCheckDigit(let expected):
            "The GTIN's check digit is wrong (it should be \(expected)): check the number."
        case .lotLength(let found):
            "A lot number has 1 to 20 characters; this one has \(found)."
        case .lotIllegalCharacter(let character):
            "\"\(character)\" cannot appear in a GS1 lot number."
        case .hostInvalid(let host):
            "\"\(host)\" is not a valid verification host name."
        case .urlUnrecognised(let url):
            "\"\(url)\" is not a label verification link."
        }
    }

    /// The message in Chinese, as the public pages and the console show it.
    public var kind: RefusalKind { .invalid }

    public var chinese: String {
        switch self {
        case .labelCodeLength(let found):
            "标签码应为\(LabelCode.length)位，您输入了\(found)位，请核对输入。"
        case .labelCodeIllegalCharacter(let character, let position):
            "第\(position + 1)位字符“\(character)”不属于标签码，请核对输入。"
        case .labelCodeTypo:
            "校验位不符，可能有输入错误，请核对输入。"
        case .gtinLength(let found):
            "商品条码（GTIN）应为8、12、13或14位数字，此处为\(found)位。"
        case .gtinNotDigits:
            "商品条码（GTIN）只能包含数字。"
        case .gtinCheckDigit(let expected):
            "商品条码校验位有误（应为\(expected)），请核对。"
        case .lotLength(let found):
            "批号应为1至20个字符，此处为\(found)个。"
        case .lotIllegalCharacter(let character):
            "批号中不能出现“\(character)”。"
        case .hostInvalid(let host):
            "“\(host)”不是有效的查验域名。"
        case .urlUnrecognised(let url):
            "“\(url)”不是标签查验链接。"
        }
    }

    public var description: String { english }
}
