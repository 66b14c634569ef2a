/// Paths that links and redirects may lead to: only this site, never another (`//host`, `/\host`,
/// `https:`, a tab or space a browser would drop), so that a crafted address cannot make a page link
/// or send a member of staff elsewhere.
enum LocalPath {
    static let home = "/console"

    /// `candidate` when it is a path of this site: it starts with exactly one `/` and holds no `//`, no
    /// backslash, no white space and no control character. Nil otherwise.
    static func site(_ candidate: String) -> String? {
        var previous: UInt8 = 0
        var ascii = true
        for byte in candidate.utf8 {
            if previous == 0, byte != UInt8(ascii: "/") { return nil }
            if byte == UInt8(ascii: "/"), previous == UInt8(ascii: "/") { return nil }
            if byte == UInt8(ascii: "\\") || byte <= 0x20 || byte == 0x7F { return nil }
            if byte >= 0x80 { ascii = false }
            previous = byte
        }
        guard previous != 0 else { return nil }
        // Paths arrive percent-encoded; one that is not is checked for control and white-space characters
        // beyond ASCII too.
        guard ascii || !candidate.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.isWhitespace })
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
