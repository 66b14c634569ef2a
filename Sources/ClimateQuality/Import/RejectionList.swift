/// The refusals of an import as they are found: the first `limit` are kept to be listed, and every
/// refused line is counted.
struct RejectionList {
    let limit: Int
    private(set) var listed: [RowRejection] = []
    /// Distinct lines refused (rejections arrive in line order).
    private(set) var lineCount = 0
    private var lastLine = 0

    init(limit: Int) {
        self.limit = max(limit, 1)
    }

    var isEmpty: Bool { lineCount == 0 }

    /// Whether no more rejections are kept (so their text need not be made).
    var isFull: Bool { listed.count >= limit }

    /// Records a refusal of `line`; `rejection` is made only when it is kept.
    mutating func add(line: Int, _ rejection: @autoclosure () -> RowRejection) {
        if line != lastLine {
            lineCount += 1
            lastLine = line
        }
        if !isFull { listed.append(rejection()) }
    }
}
