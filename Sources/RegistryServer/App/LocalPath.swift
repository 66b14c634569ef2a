/// Paths that links and redirects may lead to: only this site, never another (`//host`, `/\host`,
/// `https:`, a tab or space a browser would drop), so that a crafted address cannot make a page link
/// or send a member of staff elsewhere.
enum LocalPath {
    static let home = "/console"

    /// `candidate` when it is a path of this site: it starts with exactly one `/` and holds no `//`, no
    /// backslash, no white space and no control character. Nil otherwise.
    static func site(_ candidate: String) -> String? {
        guard candidate.hasPrefix("/"), !candidate.contains("//"), !candidate.contains("\\"),
              !candidate.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.isWhitespace })
        else { return nil }
        return candidate
    }

    /// Where to go after login: `candidate` when it is a path of this site inside the console, else the
    /// console's home.
    static func console(_ candidate: String?) -> String {
        guard let candidate, let local = site(candidate), local == home || local.hasPrefix(home + "/") || local.hasPrefix(home + "?")
        else { return home }
        return local
    }
}
