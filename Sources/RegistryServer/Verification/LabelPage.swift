import Hummingbird
import RegistryCore
import RegistryStore

/// A found label's page: the same for every label of a batch with one status, on one day of one state
/// of the registry, in one language, with one set of copy warnings (`Sharing`), but for the texts of the
/// label and the scan (`LabelPageTexts`). The registry stamp and the day in `Sharing` say that nothing
/// else the page shows has changed, so the renderer may keep the rest of the page between scans.
struct LabelPage: SharedPageView {
    /// What decides everything on a label's page except its `LabelPageTexts`.
    struct Sharing: Hashable, Sendable {
        let batch: String
        let registryStamp: Int64
        let day: Day
        let language: Language
        let status: DisplayStatus
        let signalKinds: [String]
        /// Whether the page warns that the GS1 Digital Link does not match the batch.
        let mismatched: Bool
    }

    let verification: LabelVerification
    let own: LabelPageTexts
    let issuer: IssuingBody
    let language: Language
    let request: Request

    var sharing: Sharing {
        Sharing(batch: verification.batch.number, registryStamp: verification.registryStamp, day: verification.factsDay, language: language,
                status: verification.status, signalKinds: own.signalKinds, mismatched: own.mismatch != nil)
    }

    func view(with own: LabelPageTexts) -> VerificationView {
        VerificationView(found: verification, texts: own, issuer: issuer, language: language) { title in
            PageFrame(title: title, language: language, request: request, issuer: issuer).switchingLanguage(at: own.languageSwitchHref)
        }
    }
}
