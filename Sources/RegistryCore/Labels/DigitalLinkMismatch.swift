/// A GS1 Digital Link whose GTIN or lot is not what the label's batch was registered with: another
/// product's GTIN, another lot, or a GTIN on a label whose batch has none. The label may then be on
/// goods it was not issued for, so the public is warned and the API answers `mismatch`.
public struct DigitalLinkMismatch: Sendable, Hashable {
    /// The batch the label was issued in and its registered link form.
    public let batch: String
    public let registered: LabelLinkForm
    /// What the scanned link carried.
    public let link: GS1DigitalLink

    /// The mismatch of a scanned link against the batch of its label, or nil when the GTIN is the
    /// batch's and the lot, if the link carries one, is the batch's too.
    public init?(_ link: GS1DigitalLink, batch: LabelBatch) {
        switch batch.link {
        case .digitalLink(let gtin, let lot) where gtin == link.gtin && (link.lot == nil || link.lot == lot):
            return nil
        default:
            self.batch = batch.number
            registered = batch.link
            self.link = link
        }
    }

    /// "商品条码与登记不符：此标签登记于批次 …（GTIN …，批号 …），链接中为 GTIN …，批号 …。…"
    public var chinese: String {
        let registeredText = switch registered {
        case .short: "未登记商品条码"
        case .digitalLink(let gtin, let lot): "GTIN \(gtin)，批号 \(lot)"
        }
        let linkText = "GTIN \(link.gtin)" + (link.lot.map { "，批号 \($0)" } ?? "")
        return "商品条码与登记不符：此标签登记于批次 \(batch)（\(registeredText)），链接中为 \(linkText)。标签可能不属于此商品，请向经营者或发证机关核实。"
    }

    /// The same in English.
    public var english: String {
        let registeredText = switch registered {
        case .short: "no GTIN registered"
        case .digitalLink(let gtin, let lot): "GTIN \(gtin), lot \(lot)"
        }
        let linkText = "GTIN \(link.gtin)" + (link.lot.map { ", lot \($0)" } ?? "")
        return "The product code does not match the registration: this label was registered in batch \(batch) (\(registeredText)), "
            + "the link carries \(linkText). The label may not belong to this product: check with the seller or the issuing body."
    }
}
