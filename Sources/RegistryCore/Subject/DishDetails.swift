/// A dish of the 氧吧系列菜系, with its declared recipe.
public struct DishDetails: Codable, Sendable, Hashable {
    public var restaurant: String
    public var ingredients: [Ingredient]

    public init(restaurant: String, ingredients: [Ingredient]) {
        self.restaurant = restaurant
        self.ingredients = ingredients
    }

    /// The total declared weight.
    public var totalGrams: Double { ingredients.reduce(0) { $0 + $1.grams } }

    func validate() throws {
        _ = try TextInput.required(restaurant, field: .restaurant, maxLength: 100)
        let field = FieldName.ingredients
        guard !ingredients.isEmpty, ingredients.count <= 50 else {
            throw FieldError.invalid(field: field, chinese: "应有 1–50 种配料", english: "must list 1 to 50 ingredients")
        }
        for ingredient in ingredients {
            _ = try TextInput.required(ingredient.name, field: field, maxLength: 50)
            guard ingredient.grams.isFinite, ingredient.grams > 0, ingredient.grams < 100_000 else {
                throw FieldError.invalid(field: field, chinese: "「\(ingredient.name)」的重量应为大于 0 的克数", english: "weight of \(ingredient.name) must be a positive number of grams")
            }
        }
    }
}

/// One ingredient of a dish; `sourceSubjectID` names the licensed product it comes from, if any.
public struct Ingredient: Codable, Sendable, Hashable {
    public var name: String
    public var grams: Double
    public var sourceSubjectID: Int64?

    public init(name: String, grams: Double, sourceSubjectID: Int64? = nil) {
        self.name = name
        self.grams = grams
        self.sourceSubjectID = sourceSubjectID
    }
}

extension Ingredient {
    /// Parses `NAME:GRAMS` or `NAME:GRAMS:SUBJECT`, SUBJECT being the number of the licensed product it comes
    /// from; the full-width colon `：` is read as `:`.
    public init(parsing text: String) throws(FieldError) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "：" }).map { String($0).trimmingWhitespace }
        guard (2...3).contains(parts.count), let grams = Double(parts[1]) else {
            throw .invalid(field: .ingredients, chinese: "「\(text)」应写作 名称:克数 或 名称:克数:来源对象编号",
                           english: "'\(text)' should be NAME:GRAMS or NAME:GRAMS:SUBJECT")
        }
        var source: Int64?
        if parts.count == 3 {
            guard let id = Int64(parts[2]) else {
                throw .invalid(field: .ingredients, chinese: "「\(text)」第二个冒号后应为来源对象编号",
                               english: "'\(text)' needs a subject number after the second colon")
            }
            source = id
        }
        self.init(name: parts[0], grams: grams, sourceSubjectID: source)
    }
}
