import RegistryStore

/// File parts of an upload form staged as evidence files. A file past its limit is counted but not
/// written, so that the form can still be read to its end and answered with a message next to the
/// field; files nobody kept are deleted.
extension EvidenceStore: MultipartFileReceiver {
    func start(limitBytes: Int) throws -> EvidenceUpload {
        try stage(limitBytes: limitBytes)
    }

    func append(_ bytes: ArraySlice<UInt8>, to file: inout EvidenceUpload) throws {
        try file.append(bytes)
    }

    func finish(_ file: EvidenceUpload?) -> Result<StagedEvidence, EvidenceFileError> {
        guard let file else { return .failure(.empty) }
        return Result { () throws(EvidenceFileError) in try file.finish() }
    }

    func cancel(_ file: EvidenceUpload) {
        file.cancel()
    }

    func release(_ file: Result<StagedEvidence, EvidenceFileError>) {
        if case .success(let staged) = file { discard([staged]) }
    }
}
