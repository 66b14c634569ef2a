import RegistryCore
import RegistryStore

/// The public names of registry values in a page's language.
extension Language {
    var text: PageText { self == .english ? .english : .chinese }

    func name(_ state: DisplayStatus.State) -> String {
        switch self {
        case .chinese: state.chinese
        case .english:
            switch state {
            case .valid: "Valid"
            case .suspended: "Suspended"
            case .expired: "Expired"
            case .surrendered: "Surrendered"
            case .revoked: "Revoked"
            case .voided: "Voided"
            }
        }
    }

    func name(_ kind: SubjectKind) -> String {
        let english = switch kind {
        case .product: "Farm product"
        case .homestay: "Homestay"
        case .dish: "Dish"
        }
        return pick(kind.chinese, english)
    }

    func name(_ town: Town?) -> String {
        guard let town else { return "" }
        return pick(town.name, town.pinyin)
    }

    func name(_ event: PublicHistoryEntry.Event) -> String {
        switch event {
        case .granted: pick("准予使用标识", "Granted")
        case .suspended: pick("暂停", "Suspended")
        case .reinstated: pick("恢复", "Reinstated")
        case .revoked: pick("撤销", "Revoked")
        case .surrendered: pick("注销（持证主体申请）", "Surrendered by the holder")
        case .renewed: pick("续展", "Renewed")
        case .certificateRevoked: pick("所依据的气候品质认证证书被撤销，待复核", "Climate certificate revoked, under review")
        case .basisReviewed: pick("复核后恢复", "Reinstated after review")
        case .expired: pick("有效期届满", "Expired")
        }
    }
}
