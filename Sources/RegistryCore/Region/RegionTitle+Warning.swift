extension RegionTitle {
    /// What the people who can act are told on a day (console banner, dashboard, `region-title show`),
    /// in Chinese with the date and the days left; nil while the title is valid and its end is beyond
    /// the warning lead.
    public func warning(on day: Day) -> String? {
        let name = "延庆区中国天然氧吧称号"
        let title = self
        switch phase(on: day) {
        case .valid:
            return nil
        case .dueForRecheck(let daysLeft, let pending):
            let next = pending ? "复查申请已登记（申请复查中），待复查结果后登记" : "请及时申请复查，并登记「申请复查中」"
            return "\(name)将于 \(title.validUntil) 到期，还剩 \(daysLeft) 天；\(next)。"
        case .underRecheck(let graceEnds):
            let left = graceEnds.daysSinceEpoch - day.daysSinceEpoch
            return "\(name)已于 \(title.validUntil) 到期，复查中；标签在宽限期内保持有效，至 \(graceEnds)（还剩 \(left) 天），请在此前登记复查结果。"
        case .lapsed(let since, let pending):
            let why = pending ? "复查结果未在宽限期内登记" : "未登记复查申请"
            return "\(name)已于 \(title.validUntil) 到期，\(why)；自 \(since) 起所有标签显示已暂停。"
        case .recheckFailed(let on):
            return "\(name)复查未通过（\(on) 登记）；所有标签显示已暂停。"
        case .suspended:
            return "\(name)已被暂停；所有标签显示已暂停。"
        case .revoked:
            return "\(name)已被撤销；所有标签显示已撤销。"
        }
    }
}
