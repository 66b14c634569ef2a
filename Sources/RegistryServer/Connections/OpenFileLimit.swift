import Foundation

/// The process's limit on open files, which bounds its connections: each is a file. Raised at start
/// from the soft limit (often 1,024) to the hard limit, so that the configured connection limit, not
/// the file limit, decides when connections are refused.
public enum OpenFileLimit {
    /// Raises the soft limit to the hard limit (or, when the hard limit is unlimited, as far as the
    /// system allows); the soft limit in force afterwards, nil when it cannot be read.
    public static func raiseToHardLimit() -> UInt64? {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return nil }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(resource, &raised) != 0, limit.rlim_max == rlim_t.max {
                raised.rlim_cur = 1_048_576
                _ = setrlimit(resource, &raised)
            }
            guard getrlimit(resource, &limit) == 0 else { return nil }
        }
        return UInt64(limit.rlim_cur)
    }

    #if canImport(Glibc)
    private static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let resource = RLIMIT_NOFILE
    #endif
}
