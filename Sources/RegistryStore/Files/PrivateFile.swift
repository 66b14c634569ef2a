import Foundation

/// Files readable and writable by their owner only (0600), created exclusively: an existing file is
/// never replaced. The registry, its keys and their backups are written this way.
public enum PrivateFile {
    /// Why a private file could not be created.
    public enum Failure: Error, Equatable {
        /// Something is already at the path.
        case exists
        /// The file could not be created or written; `errno`'s text.
        case unwritable(detail: String)
    }

    /// Creates the file at `path` with `contents`, mode 0600 before any byte is written. A file that
    /// could not be written whole is removed.
    public static func create(at path: String, contents: Data) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw errno == EEXIST ? .exists : .unwritable(detail: String(cString: strerror(errno))) }
        let written = contents.withUnsafeBytes { bytes in
            bytes.isEmpty ? 0 : write(descriptor, bytes.baseAddress, bytes.count)
        }
        let failure = fchmod(descriptor, 0o600) != 0 || written != contents.count || fsync(descriptor) != 0
        let detail = String(cString: strerror(errno))
        close(descriptor)
        if failure {
            unlink(path)
            throw .unwritable(detail: detail)
        }
    }

    /// The permission bits of the file at `path` (e.g. 0o600), or nil when it cannot be examined.
    public static func mode(of path: String) -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & 0o7777
    }
}
