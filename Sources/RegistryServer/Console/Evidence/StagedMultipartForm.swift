import RegistryStore

/// A `multipart/form-data` form as read: its text fields and, per file field, the staged upload or why it
/// was refused. Empty file inputs (nothing chosen) do not appear.
struct StagedMultipartForm {
    var fields: [String: [String]] = [:]
    var files: [String: FileField] = [:]

    /// One file field's outcome.
    struct FileField {
        /// The name the file had on the uploader's computer.
        let fileName: String
        let upload: Result<StagedEvidence, EvidenceFileError>
    }

    /// The text fields, read like those of a URL-encoded form.
    var text: ConsoleForm { ConsoleForm(fields: fields) }

    /// The uploads that were staged, to keep or discard together.
    var staged: [StagedEvidence] {
        files.values.compactMap { try? $0.upload.get() }
    }
}
