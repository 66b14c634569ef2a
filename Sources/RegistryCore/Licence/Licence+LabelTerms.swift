extension Licence {
    /// What the licence's terms add to the labels of a batch issued in term `term`: 已过期 from the day
    /// after that term ended when labels of the kind expire with their term (`validity`), even once the
    /// licence is renewed; nothing when they follow the licence.
    public func status(ofLabelsIssuedIn term: Int, on day: Day, validity: LabelValidity) -> DisplayStatus {
        guard validity == .term, let issued = terms.first(where: { $0.number == term }), day > issued.until else {
            return DisplayStatus(state: .valid, source: .batch)
        }
        return DisplayStatus(state: .expired, source: .batch, since: issued.until.adding(days: 1),
                             reason: "本批标签发放于许可\(issued.chinese)，该期已结束")
    }
}
