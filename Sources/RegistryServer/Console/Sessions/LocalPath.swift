/// Where to go after login: only a path inside the console, never another site (`//host`, `/\host`,
/// `https:`), so that a crafted link cannot send a member of staff elsewhere.
enum LocalPath {
    static let home = "/console"

    static func console(_ candidate: String?) -> String {
        guard let candidate, candidate == home || candidate.hasPrefix(home + "/") || candidate.hasPrefix(home + "?"),
              !candidate.contains("\\"), !candidate.contains("//"),
              !candidate.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " })
        else { return home }
        return candidate
    }
}
