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

    /// Validates a new subject; throws the problem of the one field at fault, or `InputProblems` with each
    /// problem when several are.
    public init(operatorID: USCC, name: String, town: String, details: SubjectDetails) throws {
        try self.init(operatorID: operatorID, name: name, town: town, details: { details })
    }

    /// A new subject of a kind from its particular fields as typed (see `SubjectDetailsInput`), every field
    /// checked before any problem is thrown.
    public init(operatorID: USCC, name: String, town: String, kind: SubjectKind, input: SubjectDetailsInput) throws {
        try self.init(operatorID: operatorID, name: name, town: town, details: { try input.details(for: kind) })
    }

    private init(operatorID: USCC, name: String, town: String, details: () throws -> SubjectDetails) throws {
        var check = InputCheck()
        let checkedName = check.value { try TextInput.required(name, field: .subjectName, maxLength: Subject.maxNameLength) }
        let resolved = check.value { () throws -> Town in
            guard let resolved = Yanqing.town(named: town) else { throw RegistryError.unknownTown(town) }
            return resolved
        }
        let checkedDetails = check.value { () throws -> SubjectDetails in
            let made = try details()
            try made.validate()
            return made
        }
        guard let checkedName, let resolved, let checkedDetails else { throw check.failure }
        self.id = 0
        self.operatorID = operatorID
        self.name = checkedName
        self.townID = resolved.id
        self.details = checkedDetails
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
