import ArgumentParser
import RegistryCore
import RegistryStore

struct RegionTitleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region-title", abstract: "Yanqing's 中国天然氧吧 title, on which every licence rests.", subcommands: [Show.self, Set.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the title's standing.", discussion: "Example: oxlabel region-title show")
        @OptionGroup var options: RegistryOptions

        func run() throws {
            let title = try options.openRegistry().read { try $0.regionTitle() }
            try options.emit(title, text: """
                延庆区中国天然氧吧称号：\(title.standing.chinese)
                  获评        \(title.awardedOn)
                  最近复查    \(title.lastRecheckOn.map(\.description) ?? "—")
                  有效期至    \(title.validUntil)
                  说明        \(title.note ?? "—")
                """)
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a new standing after a CMA decision; a suspension suspends every label at once.",
            discussion: "Example: oxlabel region-title set --standing valid --recheck 2026-12-10 --valid-until 2029-12-31 --reason 通过2026年复查 --actor 孙磊 --role admin")
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Option(help: "valid, suspended or revoked.") var standing: String
        @Option(help: "Date of the latest recheck, YYYY-MM-DD.") var recheck: String?
        @Option(help: "Valid until, YYYY-MM-DD.") var validUntil: String?
        @Option(help: "Why, e.g. the CMA notice.") var reason: String

        func run() throws {
            let actor = try who.resolve()
            guard let standing = RegionTitle.Standing(rawValue: standing) else {
                throw CLIError.unknownValue(option: "--standing", value: standing, allowed: RegionTitle.Standing.allCases.map(\.rawValue))
            }
            let registry = try options.openRegistry()
            var title = try registry.read { try $0.regionTitle() }
            title.standing = standing
            title.note = reason
            if let recheck {
                guard let day = Day(recheck) else { throw CLIError.badValue(option: "--recheck", value: recheck, expected: "a date YYYY-MM-DD") }
                title.lastRecheckOn = day
            }
            if let validUntil {
                guard let day = Day(validUntil) else { throw CLIError.badValue(option: "--valid-until", value: validUntil, expected: "a date YYYY-MM-DD") }
                title.validUntil = day
            }
            let updated = title
            try registry.write { try $0.setRegionTitle(updated, by: actor, reason: reason) }
            try options.emit(updated, text: "延庆区天然氧吧称号已更新：\(updated.standing.chinese)，有效期至 \(updated.validUntil)")
        }
    }
}
