import ArgumentParser
import RegistryCore
import RegistryStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create an empty registry (or check an existing one).",
        discussion: """
            Records the region title of Schemas/rules/region-title.json, or the facts given as options.
            Example: oxlabel init --data var/oxlabel.sqlite
                     oxlabel init --title-awarded 2020-12-01 --title-rechecked 2023-12-15 --title-valid-until 2026-12-31
            """)

    @OptionGroup var options: RegistryOptions
    @OptionGroup var titleFacts: RegionTitleOptions

    func run() throws {
        let registry = try options.openRegistry(create: true, title: titleFacts)
        let (title, today) = try registry.read { (try $0.regionTitle(), $0.today) }
        if titleFacts.isGiven {
            let wanted = registry.configuration.regionTitle
            guard title.awardedOn == wanted.awardedOn, title.lastRecheckOn == wanted.lastRecheckOn, title.validUntil == wanted.validUntil else {
                throw InitError.titleAlreadyRecorded(validUntil: title.validUntil)
            }
        }
        try options.emit(["path": registry.path], text: """
            登记库已就绪 registry ready: \(registry.path)
            延庆区天然氧吧称号：\(title.standing.chinese)，获评 \(title.awardedOn)，最近复查 \(title.lastRecheckOn.map(\.description) ?? "—")，有效期至 \(title.validUntil)
            """ + (title.warning(on: today).map { "\n⚠ \($0)" } ?? ""))
    }
}

/// `init` records the region title of a registry once; later changes go through `region-title set`.
enum InitError: UserFacingError {
    case titleAlreadyRecorded(validUntil: Day)

    var chinese: String {
        switch self {
        case .titleAlreadyRecorded(let day):
            "登记库已记录天然氧吧称号（有效期至 \(day)），init 不再更改；请用 oxlabel region-title set 登记复查结果或更正"
        }
    }

    var english: String {
        switch self {
        case .titleAlreadyRecorded(let day):
            "the registry already records the region title (valid until \(day)); init does not change it: use oxlabel region-title set"
        }
    }
}
