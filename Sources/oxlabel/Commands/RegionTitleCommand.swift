import ArgumentParser
import RegistryCore
import RegistryStore

struct RegionTitleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region-title", abstract: "Yanqing's 中国天然氧吧 title, on which every licence rests.", subcommands: [Show.self, Set.self])

    /// The title with what its labels show today and the warning, if any.
    struct Report: Encodable {
        let title: RegionTitle
        let labels: DisplayStatus
        let warning: String?
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the title's standing, its recheck, and a warning when its end is near or past.",
                                                        discussion: "Example: oxlabel region-title show")
        @OptionGroup var options: RegistryOptions

        func run() throws {
            let (title, today) = try options.openRegistry().read { (try $0.regionTitle(), $0.today) }
            let report = Report(title: title, labels: DisplayStatus.of(title, on: today), warning: title.warning(on: today))
            try options.emit(report, text: Self.text(report))
        }

        static func text(_ report: Report) -> String {
            let title = report.title
            let recheck = title.recheck.map { "\($0.outcome.chinese)（\($0.recordedOn) 登记）" } ?? "未登记"
            let labels = [report.labels.state.chinese, report.labels.reason, report.labels.notice?.chinese].compactMap { $0 }.joined(separator: "，")
            return """
                延庆区中国天然氧吧称号：\(title.standing.chinese)
                  获评        \(title.awardedOn)
                  最近复查    \(title.lastRecheckOn.map(\.description) ?? "—")
                  有效期至    \(title.validUntil)
                  复查        \(recheck)
                  标签显示    \(labels)
                  提前提醒    \(title.terms.warningLeadDays) 天；复查宽限期 \(title.terms.graceDays) 天（rules/region-title.json）
                  说明        \(title.note ?? "—")
                """ + (report.warning.map { "\n⚠ \($0)" } ?? "")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a recheck (pending, passed, failed) or a new standing after a CMA decision; a suspension suspends every label at once.",
            discussion: """
                Examples: oxlabel region-title set --recheck pending --reason 已向中国气象局提交复查申请 --actor 孙磊 --role admin
                          oxlabel region-title set --recheck passed --valid-until 2029-12-31 --reason 通过2026年复查 --actor 孙磊 --role admin
                          oxlabel region-title set --recheck failed --reason 中国气象局复查未通过通知 --actor 孙磊 --role admin
                          oxlabel region-title set --standing suspended --reason 复查整改 --actor 孙磊 --role admin
                """)
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Option(help: "The recheck: pending (申请复查中), passed (with --valid-until) or failed.") var recheck: RegionTitleRecheck.Outcome?
        @Option(help: "The title's standing.") var standing: RegionTitle.Standing?
        @Option(help: "Date of the latest passed recheck, YYYY-MM-DD (a correction; --recheck passed records today).") var rechecked: String?
        @Option(help: "Valid until, YYYY-MM-DD (the new date with --recheck passed).") var validUntil: String?
        @Option(help: "Why, e.g. the CMA notice.") var reason: String

        func run() throws {
            let actor = try who.resolve()
            let (outcome, newStanding) = (recheck, standing)
            let rechecked = try DayOption.parse(rechecked, option: "--rechecked")
            let validUntil = try DayOption.parse(validUntil, option: "--valid-until")
            guard outcome != nil || newStanding != nil || rechecked != nil || validUntil != nil else {
                throw CLIError.missingOption("--recheck, --standing, --rechecked or --valid-until")
            }
            let registry = try options.openRegistry()
            let (updated, today) = try registry.write { tx in
                var title = try tx.regionTitle()
                if let outcome { title = try title.recording(outcome, on: tx.today, validUntil: validUntil) } else if let validUntil { title.validUntil = validUntil }
                if let newStanding { title.standing = newStanding }
                if let rechecked { title.lastRecheckOn = rechecked }
                title.note = reason
                try tx.setRegionTitle(title, by: actor, reason: reason)
                return (title, tx.today)
            }
            let shown = DisplayStatus.of(updated, on: today)
            try options.emit(Report(title: updated, labels: shown, warning: updated.warning(on: today)), text: """
                延庆区天然氧吧称号已更新：\(updated.standing.chinese)，有效期至 \(updated.validUntil)\(updated.recheck.map { "，\($0.outcome.chinese)" } ?? "")
                标签显示：\(shown.state.chinese)\(shown.notice.map { "（\($0.chinese)）" } ?? "")\(shown.reason.map { "：\($0)" } ?? "")
                """)
        }
    }
}
