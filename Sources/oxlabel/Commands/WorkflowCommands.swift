import ArgumentParser
import RegistryCore
import RegistryStore

struct AcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accept", abstract: "受理: accept a submitted application for review.",
                                                    discussion: "Example: oxlabel accept SQ-2025-0001 --actor 王芳 --role clerk")
    @OptionGroup var acting: ActingOptions
    @Argument(help: "Application number.") var application: String

    func run() throws {
        let result = try acting.change { tx, actor in try tx.accept(application, by: actor) }
        try acting.registry.emit(result, text: ApplicationText.step(result))
    }
}

struct ReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "return", abstract: "退回补正: send an application back for more evidence.",
                                                    discussion: "Example: oxlabel return SQ-2025-0001 --reason 缺少检测报告 --actor 王芳 --role clerk")
    @OptionGroup var acting: ActingOptions
    @Argument(help: "Application number.") var application: String
    @Option(help: "What is missing.") var reason: String

    func run() throws {
        let result = try acting.change { tx, actor in try tx.returnForEvidence(application, by: actor, reason: reason) }
        try acting.registry.emit(result, text: ApplicationText.step(result))
    }
}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "review", abstract: "审核: record findings; shows every admission rule's verdict.",
                                                    discussion: "Example: oxlabel review SQ-2025-0001 --findings 材料齐全，现场核查属实 --actor 李强 --role reviewer")
    @OptionGroup var acting: ActingOptions
    @Argument(help: "Application number.") var application: String
    @Option(help: "The reviewer's findings.") var findings: String

    func run() throws {
        let (result, verdicts) = try acting.change { tx, actor in try tx.review(application, by: actor, findings: findings) }
        struct Output: Encodable { let application: Application; let verdicts: [RuleVerdict] }
        try acting.registry.emit(Output(application: result, verdicts: verdicts), text: ApplicationText.step(result) + "\n" + ApplicationText.verdicts(verdicts))
    }
}

struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "审批: approve a reviewed application (not by its reviewer) and start publicity.",
                                                    discussion: "Example: oxlabel approve SQ-2025-0001 --actor 赵敏 --role approver")
    @OptionGroup var acting: ActingOptions
    @Argument(help: "Application number.") var application: String

    func run() throws {
        let result = try acting.change { tx, actor in try tx.approve(application, by: actor) }
        let next = result.publicityEndsOn.map { "，公示至 \($0)" } ?? ApplicationText.renewal(result) + "，已续展 renewed"
        try acting.registry.emit(result, text: ApplicationText.step(result) + next)
    }
}

struct RejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "不予通过: reject an application with a reason.",
                                                    discussion: "Example: oxlabel reject SQ-2025-0001 --reason 检测不合格 --actor 赵敏 --role approver")
    @OptionGroup var acting: ActingOptions
    @Argument(help: "Application number.") var application: String
    @Option(help: "Why.") var reason: String

    func run() throws {
        let result = try acting.change { tx, actor in try tx.reject(application, by: actor, reason: reason) }
        try acting.registry.emit(result, text: ApplicationText.step(result))
    }
}
