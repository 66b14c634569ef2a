import RegistryCore
import Testing

/// What a person reads of an action or a state is its name in words: Chinese in the console and the
/// Chinese half of a message, plain English in the English half, never the identifier in the code.
struct ReadableNamesTests {
    @Test func everyActionReadsInWordsInBothHalvesOfARefusal() {
        for action in RegistryAction.allCases {
            let refusal = RegistryError.transitionNotAllowed(entity: .application, id: "SQ-2026-0001", state: "已受理", action: action)
            #expect(refusal.chinese.contains("「\(action.chinese)」") && refusal.english.hasSuffix("cannot \(action.english)"))
            let role = RegistryError.roleNotAllowed(role: .auditor, action: action)
            for text in [refusal.chinese, refusal.english, role.chinese, role.english] {
                #expect(!text.contains(action.rawValue), "\(text)")
            }
            #expect(!action.chinese.contains { $0.isASCII && $0.isLetter })
        }
    }

    @Test func aRunWithNoLabelToChangeSaysSoPlainly() {
        let refusal = RegistryError.noLabelsFor(action: .destroyLabels, run: "PB-2026-0001 7K3M…9QXD")
        #expect(refusal.chinese == "标签「PB-2026-0001 7K3M…9QXD」中没有可以「销毁标签」的标签")
        #expect(refusal.english == "no label of PB-2026-0001 7K3M…9QXD is in a state to destroy labels")
    }

    @Test func recordedStatesReadByTheirChineseNames() {
        #expect(AuditStateName.chinese("active", of: .licence) == LicenceStatus.active.chinese)
        #expect(AuditStateName.chinese("accepted", of: .application) == "已受理")
        #expect(AuditStateName.chinese("voided", of: .labelBatch) == "已作废")
        #expect(AuditStateName.chinese("suspended", of: .labelBatch) == "已暂停")
        #expect(AuditStateName.chinese("revoked", of: .climateCertificate) == "已撤销")
        #expect(AuditStateName.chinese("clerk,reviewer", of: .account) == "受理员、审核员")
        #expect(AuditStateName.chinese("locked", of: .account) == "已锁定")
        #expect(AuditStateName.chinese("registered", of: .station) == "已登记")
        #expect(AuditStateName.chinese("2026.1", of: .cropModel) == "2026.1")
        for state in ApplicationState.allCases { #expect(!AuditStateName.chinese(state.rawValue, of: .application).contains(state.rawValue)) }
        for state in LicenceStatus.allCases { #expect(!AuditStateName.chinese(state.rawValue, of: .licence).contains(state.rawValue)) }
    }
}
