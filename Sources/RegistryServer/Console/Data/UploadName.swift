/// The name an uploaded file is recorded under: the browser's name without control characters and
/// folders, at most 200 characters.
enum UploadName {
    static func clean(_ name: String, fallback: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(base.unicodeScalars.filter { $0.properties.generalCategory != .control && $0 != "\u{FFFD}" }.map(Character.init))
        let trimmed = String(kept.suffix(200))
        return trimmed.isEmpty ? fallback : trimmed
    }
}
