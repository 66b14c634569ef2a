import Testing
@testable import RegistryCore

@Suite struct TownTests {
    @Test func yanqingHasFifteenTownsAndThreeSubdistricts() {
        #expect(Yanqing.towns.count == 18)
        #expect(Yanqing.towns.filter { $0.kind == .subdistrict }.count == 3)
        #expect(Set(Yanqing.towns.map(\.id)).count == 18)
    }

    @Test func townLookupAcceptsNameShortNamePinyinAndCode() {
        #expect(Yanqing.town(named: "张山营镇")?.id == "110119105")
        #expect(Yanqing.town(named: "张山营")?.id == "110119105")
        #expect(Yanqing.town(named: "zhangshanying")?.id == "110119105")
        #expect(Yanqing.town(named: "110119202")?.name == "香营乡")
        #expect(Yanqing.town(named: "海淀") == nil)
        #expect(Yanqing.town(named: "") == nil)
    }
}
