import ArgumentParser
import RegistryCore
import RegistryStore

struct OperatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operator", abstract: "Register and look up operators (经营主体).",
        subcommands: [Add.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register an operator by its 统一社会信用代码.",
            discussion: """
            Example: oxlabel operator add --uscc 93110119MA01XXXXXX --name 延庆区前黑龙庙葡萄专业合作社 \\
                       --kind cooperative --town 张山营镇 --address 张山营镇前黑龙庙村 --actor 王芳 --role clerk
            Kinds: \(OperatorKind.allCases.map { "\($0.rawValue) (\($0.chinese))" }.joined(separator: ", "))
            """)
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Option(help: "统一社会信用代码, 18 characters.") var uscc: String
        @Option(help: "Registered name.") var name: String
        @Option(help: "Kind of business.") var kind: OperatorKind
        @Option(help: "Town, township or subdistrict of Yanqing, e.g. 张山营镇.") var town: String
        @Option(help: "Address.") var address: String
        @Option(help: "Contact person.") var contact: String?
        @Option(help: "Phone number.") var phone: String?

        func run() throws {
            let actor = try who.resolve()
            let record = try Operator(uscc: uscc, name: name, kind: kind, town: town, address: address, contactPerson: contact, phone: phone)
            try options.openRegistry().write { try $0.addOperator(record, by: actor) }
            try options.emit(record, text: "已登记经营主体 registered: \(record.uscc) \(record.name)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List operators, optionally in one town.", discussion: "Example: oxlabel operator list --town 张山营镇")
        @OptionGroup var options: RegistryOptions
        @Option(help: "Only this town.") var town: String?

        func run() throws {
            let townID = try town.map { name in
                guard let town = Yanqing.town(named: name) else { throw RegistryError.unknownTown(name) }
                return town.id
            }
            let operators = try options.openRegistry().read { try $0.operators(townID: townID) }
            try options.emit(operators, text: Table.render(
                header: ["统一社会信用代码", "名称", "类别", "乡镇"],
                rows: operators.map { [$0.uscc.value, $0.name, $0.kind.chinese, $0.town?.name ?? ""] }))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one operator with its subjects and licences.", discussion: "Example: oxlabel operator show 93110119MA01XXXXXX")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "The operator's USCC.") var uscc: String

        func run() throws {
            let (record, subjects, licences, today) = try options.openRegistry().read { tx in
                (try tx.requireOperator(uscc), try tx.subjects(operatorUSCC: uscc), try tx.licences(operatorUSCC: uscc), tx.today)
            }
            struct Output: Encodable { let `operator`: Operator; let subjects: [Subject]; let licences: [Licence] }
            try options.emit(Output(operator: record, subjects: subjects, licences: licences), text: """
                \(record.name)
                  统一社会信用代码  \(record.uscc)（\(record.uscc.entityTypeName)）
                  类别            \(record.kind.chinese)
                  乡镇 / 地址      \(record.town?.name ?? "") / \(record.address)
                  联系人          \(record.contactPerson ?? "—") \(record.phone ?? "")
                  认证对象        \(subjects.isEmpty ? "—" : subjects.map { "#\($0.id) \($0.name)（\($0.kind.chinese)）" }.joined(separator: "；"))
                  许可            \(licences.isEmpty ? "—" : licences.map { "\($0.number) \($0.status(on: today).chinese)" }.joined(separator: "；"))
                """)
        }
    }
}
