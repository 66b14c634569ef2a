/// 认证对象: what an operator applies to label.
public struct Subject: Codable, Sendable, Hashable {
    /// Assigned by the registry when the subject is recorded; 0 before.
    public var id: Int64
    public let operatorID: USCC
    public var name: String
    /// The township-level division where the product grows, the homestay stands or the dish is served.
    public var townID: String
    public var details: SubjectDetails

    /// Maximum length of a subject's name.
    public static let maxNameLength = 100

    public var kind: SubjectKind { details.kind }

    /// Validates a new subject.
    public init(operatorID: USCC, name: String, town: String, details: SubjectDetails) throws {
        self.id = 0
        self.operatorID = operatorID
        self.name = try TextInput.required(name, field: .subjectName, maxLength: Subject.maxNameLength)
        guard let resolved = Yanqing.town(named: town) else { throw RegistryError.unknownTown(town) }
        self.townID = resolved.id
        try details.validate()
        self.details = details
    }
}

/// The fields particular to each kind of subject.
public enum SubjectDetails: Codable, Sendable, Hashable {
    case product(ProductDetails)
    case homestay(HomestayDetails)
    case dish(DishDetails)

    public var kind: SubjectKind {
        switch self {
        case .product: .product
        case .homestay: .homestay
        case .dish: .dish
        }
    }

    func validate() throws {
        switch self {
        case .product(let p): try p.validate()
        case .homestay(let h): try h.validate()
        case .dish(let d): try d.validate()
        }
    }
}
