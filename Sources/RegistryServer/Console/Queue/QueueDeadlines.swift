import RegistryCore

/// When an open application counts as overdue in the queue: not taken in within a few working days of
/// submission, not decided within the processing time, or publicity over with the licence not yet
/// granted.
struct QueueDeadlines: Sendable {
    /// Working days from submission to 受理 or 退回补正.
    var acceptWorkingDays = 5
    /// Working days from submission to a decision (审批 or 不予通过).
    var decideWorkingDays = 20

    /// Why an application is overdue today, or nil.
    func overdue(_ application: Application, today: Day) -> String? {
        switch application.state {
        case .publicity:
            guard let ends = application.publicityEndsOn, today > ends else { return nil }
            return "公示已于 \(ends) 期满，待结束公示"
        case .submitted:
            guard let since = application.submittedOn, today > since.addingWorkingDays(acceptWorkingDays) else { return nil }
            return "提交超过 \(acceptWorkingDays) 个工作日未受理"
        case .accepted, .reviewed:
            guard let since = application.submittedOn, today > since.addingWorkingDays(decideWorkingDays) else { return nil }
            return "提交超过 \(decideWorkingDays) 个工作日未审批"
        case .draft, .returned, .rejected, .granted:
            return nil
        }
    }
}
