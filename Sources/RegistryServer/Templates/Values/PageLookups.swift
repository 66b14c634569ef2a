/// The keys of one rendering: those the page's objects hold and those a template asked an object for in
/// vain (it then asks the object below it in the template's stack).
final class PageLookups {
    var held: Set<String> = []
    var missed: Set<String> = []

    /// The keys a template named that no object of the page holds.
    var unprovided: Set<String> { missed.subtracting(held) }
}
