extension ConsoleForm {
    /// A form from fields already read (the text fields of a multipart form).
    init(fields: [String: [String]]) {
        self.fields = fields
    }
}
