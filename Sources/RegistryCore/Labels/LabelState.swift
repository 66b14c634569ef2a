/// Where one serialized label is in its life: allocated → printed → voided | destroyed.
public enum LabelState: String, Codable, Sendable, CaseIterable {
    /// The code is issued to a batch but not yet printed.
    case allocated
    case printed
    /// Spoiled or cancelled: the code is dead.
    case voided
    /// Printed, then physically destroyed (after a withdrawal, returned stock, or spoiled and voided).
    case destroyed

    public var chinese: String {
        switch self {
        case .allocated: "已分配"
        case .printed: "已印制"
        case .voided: "已作废"
        case .destroyed: "已销毁"
        }
    }

    /// The states a label may be in for an action on it: printing (again), voiding, destroying.
    public static func allowedBefore(_ action: RegistryAction) -> Set<LabelState> {
        switch action {
        case .printLabels, .voidLabels: [.allocated, .printed]
        // Destroying is the normal end of a voided (spoiled) label as well as of a printed one.
        case .destroyLabels: [.printed, .voided]
        default: []
        }
    }

    /// The state an action leaves a label in.
    public static func after(_ action: RegistryAction) -> LabelState? {
        switch action {
        case .printLabels: .printed
        case .voidLabels: .voided
        case .destroyLabels: .destroyed
        default: nil
        }
    }
}
