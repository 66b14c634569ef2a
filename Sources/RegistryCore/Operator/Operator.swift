/// 经营主体: the legal entity that applies for and holds licences, keyed by its USCC.
public struct Operator: Codable, Sendable, Hashable {
    public let uscc: USCC
    public var name: String
    public var kind: OperatorKind
    /// The township-level division of Yanqing it is registered in (`Town.id`).
    public var townID: String
    public var address: String
    public var contactPerson: String?
    public var phone: String?

    /// Maximum lengths of the free-text fields.
    public static let maxNameLength = 100
    public static let maxAddressLength = 200
    public static let maxContactLength = 50

    /// Validates every field of a new operator, naming the first one at fault.
    public init(
        uscc: String, name: String, kind: OperatorKind, town: String, address: String,
        contactPerson: String? = nil, phone: String? = nil
    ) throws {
        self.uscc = try USCC(uscc)
        self.name = try TextInput.required(name, field: .operatorName, maxLength: Operator.maxNameLength)
        self.kind = kind
        guard let resolved = Yanqing.town(named: town) else { throw RegistryError.unknownTown(town) }
        self.townID = resolved.id
        self.address = try TextInput.required(address, field: .address, maxLength: Operator.maxAddressLength)
        self.contactPerson = try TextInput.optional(contactPerson, field: .contactPerson, maxLength: Operator.maxContactLength)
        self.phone = try TextInput.optional(phone, field: .phone, maxLength: 30)
        if let phone = self.phone, !phone.allSatisfy({ $0.isASCIIDigit || $0 == "-" || $0 == " " || $0 == "+" }) {
            throw FieldError.invalid(field: .phone, chinese: "只能包含数字、空格和连字符", english: "may contain digits, spaces and hyphens only")
        }
    }

    /// The town it is registered in.
    public var town: Town? { Yanqing.towns.first { $0.id == townID } }
}

extension FieldName {
    public static let operatorName = FieldName("主体名称", "operator name")
    public static let address = FieldName("地址", "address")
    public static let contactPerson = FieldName("联系人", "contact person")
    public static let phone = FieldName("联系电话", "phone")
}
