import ArgumentParser
import RegistryCore
import RegistryStore

struct SubjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subject", abstract: "Register and look up subjects (认证对象): products, homestays, dishes.",
        subcommands: [Add.self, Edit.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a product, homestay or dish of an operator.",
            discussion: """
            Examples:
              oxlabel subject add --operator 93110119MA01XXXXXX --kind product --name 前黑龙庙巨峰葡萄 --town 张山营镇 \\
                --crop 葡萄 --variety 巨峰 --plot 前黑龙庙村东地块 --lat 40.49 --lon 115.87 --area-mu 120 --season 2025 \\
                --expected-kg 150000 --pack-kg 5 --actor 王芳 --role clerk
              oxlabel subject add --operator ... --kind homestay --name 山里寒舍 --town 珍珠泉乡 --address 珍珠泉乡八亩地村 \\
                --rooms 12 --lat 40.60 --lon 116.45 --actor 王芳 --role clerk
              oxlabel subject add --operator ... --kind dish --name 氧吧杏仁豆腐 --town 八达岭镇 --restaurant 八达岭农家院 \\
                --ingredient 香白杏仁:300:5 --ingredient 牛奶:150 --actor 王芳 --role clerk
            An ingredient is NAME:GRAMS or NAME:GRAMS:SUBJECT, SUBJECT being the licensed product it comes from.
            A product needs its plot's elevation (--elevation): its climate assessment compares it with the station's.
            """)
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Option(name: .customLong("operator"), help: "The operator's USCC.") var operatorUSCC: String
        @Option(help: "The kind of subject.") var kind: SubjectKind
        @Option(help: "The subject's name.") var name: String
        @Option(help: "Town where it grows, stands or is served.") var town: String
        @Option(help: "Product: crop (葡萄, 苹果, 八棱脆海棠, 香白杏, 草莓 …).") var crop: String?
        @Option(help: "Product: variety.") var variety: String?
        @Option(help: "Product: plot name.") var plot: String?
        @Option(help: "Product: area in mu.") var areaMu: Double?
        @Option(help: "Product: season (harvest year).") var season: Int?
        @Option(help: "Product: expected output in kg.") var expectedKg: Double?
        @Option(help: "Product: pack size in kg.") var packKg: Double?
        @Option(help: "Product: GTIN of the pack, if any.") var gtin: String?
        @Option(help: "Homestay: address.") var address: String?
        @Option(help: "Homestay: number of rooms.") var rooms: Int?
        @Option(help: "Dish: the restaurant serving it.") var restaurant: String?
        @Option(help: "Dish: NAME:GRAMS[:SUBJECT], repeated.") var ingredient: [String] = []
        @Option(help: "Latitude (WGS-84).") var lat: Double?
        @Option(help: "Longitude (WGS-84).") var lon: Double?
        @Option(help: "Elevation in metres (required for a product).") var elevation: Double?

        func run() throws {
            let actor = try who.resolve()
            let registry = try options.openRegistry()
            let owner = try registry.read { try $0.requireOperator(operatorUSCC) }
            let subject = try Subject(operatorID: owner.uscc, name: name, town: town, kind: kind, input: try detailsInput())
            let stored = try registry.write { try $0.addSubject(subject, by: actor) }
            try options.emit(stored, text: "已登记认证对象 registered subject #\(stored.id): \(stored.name)（\(stored.kind.chinese)）")
        }

        private func detailsInput() throws -> SubjectDetailsInput {
            SubjectDetailsInput(
                crop: crop, variety: variety, plot: plot, areaMu: areaMu, season: season, expectedOutputKg: expectedKg, packSizeKg: packKg,
                gtin: gtin, address: address, rooms: rooms, restaurant: restaurant, ingredients: try ingredient.map(Ingredient.init(parsing:)),
                latitude: lat, longitude: lon, elevation: elevation)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "更正 a subject's fields that were typed wrong; audited with the old and new values.",
            discussion: """
            Only the options given change. A product takes --crop --variety --plot --area-mu --season --expected-kg --pack-kg --gtin,
            a homestay --address --rooms, a dish --restaurant --ingredient (the whole list); every kind --name --town, and a product
            or homestay --lat --lon --elevation. While a licence of the subject is in force, the fields its approval rests on are
            refused, naming them (all but a product's GTIN and a homestay's rooms): those need a new application.
            Examples:
              oxlabel subject edit 1 --plot 前黑龙庙村东坡地块 --elevation 528 --actor 王芳 --role clerk
              oxlabel subject edit 7 --rooms 14 --actor 王芳 --role clerk
            """)
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Argument(help: "The subject's number.") var id: Int64
        @Option(help: "The subject's name.") var name: String?
        @Option(help: "Town where it grows, stands or is served.") var town: String?
        @Option(help: "Latitude (WGS-84).") var lat: Double?
        @Option(help: "Longitude (WGS-84).") var lon: Double?
        @Option(help: "Elevation in metres.") var elevation: Double?
        @Option(help: "Product: crop.") var crop: String?
        @Option(help: "Product: variety (empty to clear).") var variety: String?
        @Option(help: "Product: plot name.") var plot: String?
        @Option(help: "Product: area in mu.") var areaMu: Double?
        @Option(help: "Product: season (harvest year).") var season: Int?
        @Option(help: "Product: expected output in kg.") var expectedKg: Double?
        @Option(help: "Product: pack size in kg.") var packKg: Double?
        @Option(help: "Product: GTIN of the pack (empty to clear).") var gtin: String?
        @Option(help: "Homestay: address.") var address: String?
        @Option(help: "Homestay: number of rooms.") var rooms: Int?
        @Option(help: "Dish: the restaurant serving it.") var restaurant: String?
        @Option(help: "Dish: NAME:GRAMS[:SUBJECT], repeated: the whole new list.") var ingredient: [String] = []

        func run() throws {
            let actor = try who.resolve()
            let edit = SubjectEdit(
                name: name, town: town, latitude: lat, longitude: lon, elevation: elevation, crop: crop, variety: variety, plot: plot,
                areaMu: areaMu, season: season, expectedOutputKg: expectedKg, packSizeKg: packKg, gtin: gtin, address: address, rooms: rooms,
                restaurant: restaurant, ingredients: ingredient.isEmpty ? nil : try ingredient.map(Ingredient.init(parsing:)))
            let (subject, changes) = try options.openRegistry().write { try $0.editSubject(id, edit, by: actor) }
            struct Output: Encodable { let subject: Subject; let changes: [SubjectFieldChange] }
            try options.emit(Output(subject: subject, changes: changes), text: SubjectText.edited(subject, changes: changes))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List subjects, optionally of one operator.", discussion: "Example: oxlabel subject list --operator 93110119MA01XXXXXX")
        @OptionGroup var options: RegistryOptions
        @Option(name: .customLong("operator"), help: "Only this operator's.") var operatorUSCC: String?

        func run() throws {
            let subjects = try options.openRegistry().read { try $0.subjects(operatorUSCC: operatorUSCC) }
            try options.emit(subjects, text: Table.render(
                header: ["编号", "名称", "类别", "乡镇", "经营主体"],
                rows: subjects.map { subject in
                    [String(subject.id), subject.name, subject.kind.chinese, Yanqing.towns.first { $0.id == subject.townID }?.name ?? "", subject.operatorID.value]
                }))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one subject.", discussion: "Example: oxlabel subject show 3")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "The subject's number.") var id: Int64

        func run() throws {
            let subject = try options.openRegistry().read { try $0.subject(id) }
            try options.emit(subject, text: SubjectText.describe(subject))
        }
    }
}
