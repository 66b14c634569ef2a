/// One field of a subject changed by a correction (`SubjectEdit`), with its value before and after as
/// text, as the audit trail keeps it.
public struct SubjectFieldChange: Codable, Sendable, Hashable {
    public let field: String
    public let fieldEnglish: String
    public let from: String
    public let to: String

    /// The fields whose values differ between a subject and its corrected version, in form order.
    public static func changes(from old: Subject, to new: Subject) -> [SubjectFieldChange] {
        zip(old.correctableFields, new.correctableFields).compactMap { before, after in
            before.value == after.value ? nil
                : SubjectFieldChange(field: before.name.chinese, fieldEnglish: before.name.english, from: before.value, to: after.value)
        }
    }
}

extension Subject {
    /// Each field a clerk may correct, with its value as text (empty when unset), in form order; the same
    /// fields for every subject of a kind.
    public var correctableFields: [(name: FieldName, value: String)] {
        var fields: [(name: FieldName, value: String)] = [(.subjectName, name), (.town, Yanqing.towns.first { $0.id == townID }?.name ?? townID)]
        switch details {
        case .product(let product):
            fields += [(.crop, product.crop), (.variety, product.variety ?? ""), (.plot, product.plot),
                       (.plotLocation, Self.coordinates(product.location)), (.elevation, product.location.elevation.map { "\($0)" } ?? ""),
                       (.areaMu, "\(product.areaMu)"), (.season, "\(product.season)"), (.expectedOutput, "\(product.expectedOutputKg)"),
                       (.packSize, "\(product.packSizeKg)"), (.gtin, product.gtin ?? "")]
        case .homestay(let homestay):
            fields += [(.homestayAddress, homestay.address), (.rooms, "\(homestay.rooms)"), (.homestayLocation, Self.coordinates(homestay.location)),
                       (.elevation, homestay.location.elevation.map { "\($0)" } ?? "")]
        case .dish(let dish):
            fields += [(.restaurant, dish.restaurant),
                       (.ingredients, dish.ingredients.map { "\($0.name):\($0.grams)" + ($0.sourceSubjectID.map { ":\($0)" } ?? "") }.joined(separator: "、"))]
        }
        return fields
    }

    /// The fields a licence's approval rests on: what the admission rules, the label quota and the
    /// licence's scope were decided from. While a licence of the subject is in force they are not corrected;
    /// the others (a product's GTIN, a homestay's rooms) are.
    public var approvedFields: Set<FieldName> {
        let shared: Set<FieldName> = [.subjectName, .town]
        return switch kind {
        case .product: shared.union([.crop, .variety, .plot, .plotLocation, .elevation, .areaMu, .season, .expectedOutput, .packSize])
        case .homestay: shared.union([.homestayAddress, .homestayLocation, .elevation])
        case .dish: shared.union([.restaurant, .ingredients])
        }
    }

    private static func coordinates(_ point: GeoPoint) -> String { "\(point.latitude), \(point.longitude)" }
}
