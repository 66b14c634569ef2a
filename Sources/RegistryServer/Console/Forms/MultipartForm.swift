/// A `multipart/form-data` form as read: every value of its text fields and, per file field, what became
/// of the file (`Content`: its bytes, or the staged evidence upload or why it was refused). A file input
/// left empty (no name, no bytes) does not appear.
struct MultipartForm<Content> {
    /// One file field's file.
    struct File {
        /// The name the file had on the uploader's computer.
        let fileName: String
        let content: Content
    }

    var fields: [String: [String]] = [:]
    var files: [String: File] = [:]

    /// The text fields, read like those of a URL-encoded form (`form["kind"]`, `form.optional("rows")`).
    var text: ConsoleForm { ConsoleForm(fields: fields) }
}
