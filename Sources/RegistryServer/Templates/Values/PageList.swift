/// One list of a view: its items in order.
final class PageList {
    var items: [Any] = []
}
