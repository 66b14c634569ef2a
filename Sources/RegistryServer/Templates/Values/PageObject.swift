import Mustache

/// One object of a view as the template engine reads it: its values by key, looked up in a dictionary
/// rather than by reflection. A key that the object does not hold is noted in `lookups`, so that the
/// renderer can tell a key that no object of the page holds (a misspelt name in a template); a
/// dictionary's object (`open`), whose keys are data rather than names, notes none.
final class PageObject: MustacheParent {
    /// The values: a text, a `Bool`, a `PageObject` or a `PageList`.
    var values: [String: Any] = [:]
    /// Every key of the object, those of absent optionals too.
    var keys: Set<String> = []
    let lookups: PageLookups
    let open: Bool

    init(lookups: PageLookups, open: Bool) {
        self.lookups = lookups
        self.open = open
    }

    func child(named name: String) -> Any? {
        guard let value = values[name] else {
            if !open, !keys.contains(name) { lookups.missed.insert(name) }
            return nil
        }
        return (value as? PageList)?.items ?? value
    }
}
