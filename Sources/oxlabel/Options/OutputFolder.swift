import Foundation

/// The folder a command writes a file into: made, with its parents, when it is missing, so that
/// `--out out/B001.pdf` or `backup backups/…` work in a fresh checkout; when it cannot be made (a file in
/// the way, no permission) the refusal names the folder and why, before anything else is done.
enum OutputFolder {
    /// Makes the folder that will hold `path` (its parent) when it is missing.
    static func prepare(forFile path: String) throws {
        try prepare(folder: URL(fileURLWithPath: path).deletingLastPathComponent())
    }

    /// Makes `folder` and its parents when missing.
    static func prepare(folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError.unusableFolder(path: folder.path, detail: reason(error))
        }
    }

    /// The system's reason (`Not a directory`, `Permission denied`), else the error's description.
    private static func reason(_ error: Error) -> String {
        let failure = error as NSError
        if let posix = failure.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return failure.localizedDescription
    }
}
