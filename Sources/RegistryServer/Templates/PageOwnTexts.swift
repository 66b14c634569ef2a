/// A request's own texts of a `SharedPageView`.
protocol PageOwnTexts {
    /// The same texts, each transformed, in one fixed order.
    func map(_ transform: (String) -> String) -> Self
}
