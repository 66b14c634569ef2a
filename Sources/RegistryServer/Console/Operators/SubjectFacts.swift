import RegistryCore

/// A subject's particulars as label–value lines for its console page.
struct SubjectFacts: Encodable {
    let id: Int64
    let name: String
    let kind: String
    let facts: [Fact]

    /// One line.
    struct Fact: Encodable {
        let label: String
        let value: String
    }

    init(_ subject: Subject) {
        id = subject.id
        name = subject.name
        kind = subject.kind.chinese
        var facts = [Fact(label: "乡镇", value: Yanqing.towns.first { $0.id == subject.townID }?.name ?? "")]
        func place(_ point: GeoPoint) -> String {
            "\(point.latitude), \(point.longitude)" + (point.elevation.map { "，海拔 \(Int($0.rounded())) 米" } ?? "")
        }
        switch subject.details {
        case .product(let product):
            facts += [
                Fact(label: "作物", value: product.crop + (product.variety.map { " · \($0)" } ?? "")),
                Fact(label: "地块", value: product.plot), Fact(label: "坐标", value: place(product.location)),
                Fact(label: "面积", value: "\(product.areaMu.formatted()) 亩"), Fact(label: "年度", value: String(product.season)),
                Fact(label: "预计产量", value: "\(product.expectedOutputKg.formatted()) 公斤"),
                Fact(label: "包装规格", value: "\(product.packSizeKg.formatted()) 公斤"),
            ]
            if let gtin = product.gtin { facts.append(Fact(label: "商品条码", value: gtin)) }
        case .homestay(let homestay):
            facts += [Fact(label: "地址", value: homestay.address), Fact(label: "客房数", value: String(homestay.rooms)),
                      Fact(label: "坐标", value: place(homestay.location))]
        case .dish(let dish):
            facts.append(Fact(label: "餐厅", value: dish.restaurant))
            facts += dish.ingredients.map { ingredient in
                Fact(label: "配料", value: "\(ingredient.name) \(ingredient.grams.formatted()) 克" + (ingredient.sourceSubjectID.map { "（来自对象 #\($0)）" } ?? ""))
            }
        }
        self.facts = facts
    }
}
