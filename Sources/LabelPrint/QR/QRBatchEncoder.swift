import Dispatch
import Synchronization

/// Encodes many QR codes on all cores (libqrencode is thread-safe), keeping their order.
enum QRBatchEncoder {
    static func encode(_ texts: [String], errorCorrection: QRErrorCorrection) throws(LabelPrintError) -> [QRMatrix] {
        let results = Mutex([Result<QRMatrix, LabelPrintError>?](repeating: nil, count: texts.count))
        let chunkSize = 64
        let chunkCount = (texts.count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = chunk * chunkSize..<min(texts.count, (chunk + 1) * chunkSize)
            let encoded = range.map { index in
                Result { () throws(LabelPrintError) in try QRMatrix(encoding: texts[index], errorCorrection: errorCorrection) }
            }
            results.withLock { results in
                for (index, result) in zip(range, encoded) { results[index] = result }
            }
        }
        return try results.withLock { results throws(LabelPrintError) in
            try results.map { result throws(LabelPrintError) in try result!.get() }
        }
    }
}
