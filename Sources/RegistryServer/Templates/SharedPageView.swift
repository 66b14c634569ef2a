/// A page that every request of one `sharing` shows alike but for a few texts of its own (`own`): the
/// view is only built when the renderer has not yet seen a page of that `sharing`.
protocol SharedPageView {
    associatedtype Sharing: Hashable & Sendable
    associatedtype Own: PageOwnTexts
    associatedtype View: PageView

    /// What decides everything on the page but `own`.
    var sharing: Sharing { get }
    /// This request's own texts.
    var own: Own { get }
    /// The whole view with `own` texts in their places (this page's, or others of the same kind).
    func view(with own: Own) -> View
}
