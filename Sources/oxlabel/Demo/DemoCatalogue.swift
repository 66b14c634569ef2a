import RegistryCore

/// The invented but plausible Yanqing businesses the demo registry is filled with: cooperatives and farms
/// with the district's specialty products (standards.md §5.3), homestays in the mountain townships, and
/// restaurants with 氧吧 dishes. None is a real company.
enum DemoCatalogue {
    struct Grower {
        let name: String
        let kind: OperatorKind
        let town: String
        let village: String
        let crop: String
        let varieties: [String]
        /// Typical yield per mu in kg and pack size in kg.
        let yieldPerMu: Double
        let packKg: Double
        /// Evidence other than a climate certificate, for crops without a climate model.
        let otherCertification: EvidenceKind?
    }

    struct Host {
        let name: String
        let homestays: [String]
        let town: String
        let village: String
    }

    struct Restaurant {
        let name: String
        let town: String
        let village: String
        /// Dish name, the licensed crop its main ingredient comes from, and the ingredients (name, grams).
        let dishes: [(name: String, crop: String, ingredients: [(String, Double)])]
    }

    static let growers: [Grower] = [
        Grower(name: "延庆区前黑龙庙葡萄种植专业合作社", kind: .cooperative, town: "张山营镇", village: "前黑龙庙村", crop: "葡萄", varieties: ["巨峰", "红地球"], yieldPerMu: 1500, packKg: 5, otherCertification: nil),
        Grower(name: "延庆区后黑龙庙鲜食葡萄专业合作社", kind: .cooperative, town: "张山营镇", village: "后黑龙庙村", crop: "葡萄", varieties: ["红地球", "美人指"], yieldPerMu: 1400, packKg: 5, otherCertification: nil),
        Grower(name: "延庆区里炮果品专业合作社", kind: .cooperative, town: "张山营镇", village: "里炮村", crop: "苹果", varieties: ["富士", "国光"], yieldPerMu: 1400, packKg: 10, otherCertification: nil),
        Grower(name: "北京上板泉国光苹果家庭农场", kind: .farm, town: "张山营镇", village: "上板泉村", crop: "苹果", varieties: ["国光"], yieldPerMu: 1200, packKg: 10, otherCertification: nil),
        Grower(name: "北京北纬四十果业有限公司", kind: .company, town: "张山营镇", village: "西五里营村", crop: "葡萄", varieties: ["美人指", "巨峰"], yieldPerMu: 1300, packKg: 2.5, otherCertification: nil),
        Grower(name: "延庆区香营八棱脆海棠专业合作社", kind: .cooperative, town: "香营乡", village: "屈家窑村", crop: "八棱脆海棠", varieties: ["八棱脆"], yieldPerMu: 900, packKg: 2.5, otherCertification: nil),
        Grower(name: "北京香营海棠红家庭农场", kind: .farm, town: "香营乡", village: "香营村", crop: "八棱脆海棠", varieties: ["八棱脆"], yieldPerMu: 850, packKg: 2.5, otherCertification: nil),
        Grower(name: "延庆区王庄香白杏专业合作社", kind: .cooperative, town: "延庆镇", village: "王庄村", crop: "香白杏", varieties: ["香白杏"], yieldPerMu: 700, packKg: 2.5, otherCertification: nil),
        Grower(name: "北京岔道杏园家庭农场", kind: .farm, town: "八达岭镇", village: "岔道村", crop: "香白杏", varieties: ["香白杏"], yieldPerMu: 650, packKg: 2.5, otherCertification: nil),
        Grower(name: "延庆区旧县苹果专业合作社", kind: .cooperative, town: "旧县镇", village: "盆窑村", crop: "苹果", varieties: ["富士"], yieldPerMu: 1500, packKg: 10, otherCertification: nil),
        Grower(name: "北京康庄草莓科技有限公司", kind: .company, town: "康庄镇", village: "小丰营村", crop: "草莓", varieties: ["红颜", "章姬"], yieldPerMu: 2000, packKg: 1, otherCertification: nil),
        Grower(name: "北京程家营草莓家庭农场", kind: .farm, town: "大榆树镇", village: "程家营村", crop: "草莓", varieties: ["章姬"], yieldPerMu: 1800, packKg: 1, otherCertification: nil),
        Grower(name: "延庆区四海花海菊花专业合作社", kind: .cooperative, town: "四海镇", village: "前山村", crop: "菊花茶", varieties: ["万寿菊"], yieldPerMu: 120, packKg: 0.25, otherCertification: .organic),
        Grower(name: "延庆区千家店山花蜂蜜经营部", kind: .individual, town: "千家店镇", village: "红旗甸村", crop: "蜂蜜", varieties: ["荆条蜜"], yieldPerMu: 30, packKg: 0.5, otherCertification: .greenFood),
        Grower(name: "北京河东葡萄家庭农场", kind: .farm, town: "沈家营镇", village: "河东村", crop: "葡萄", varieties: ["巨峰"], yieldPerMu: 1500, packKg: 5, otherCertification: nil),
        Grower(name: "延庆区永宁果蔬专业合作社", kind: .cooperative, town: "永宁镇", village: "新华营村", crop: "苹果", varieties: ["国光"], yieldPerMu: 1300, packKg: 10, otherCertification: nil),
        Grower(name: "延庆区刘斌堡杂粮专业合作社", kind: .cooperative, town: "刘斌堡乡", village: "刘斌堡村", crop: "小米", varieties: ["黄金苗"], yieldPerMu: 250, packKg: 2.5, otherCertification: .organic),
        Grower(name: "延庆区柳沟黄豆专业合作社", kind: .cooperative, town: "井庄镇", village: "柳沟村", crop: "黄豆", varieties: ["本地黄豆"], yieldPerMu: 200, packKg: 5, otherCertification: .greenFood),
        Grower(name: "北京慈母川果园家庭农场", kind: .farm, town: "大庄科乡", village: "慈母川村", crop: "苹果", varieties: ["富士"], yieldPerMu: 1100, packKg: 10, otherCertification: nil),
        Grower(name: "北京玉皇庙葡萄家庭农场", kind: .farm, town: "张山营镇", village: "玉皇庙村", crop: "葡萄", varieties: ["巨峰"], yieldPerMu: 1450, packKg: 5, otherCertification: nil),
        Grower(name: "延庆区八道河杏专业合作社", kind: .cooperative, town: "香营乡", village: "八道河村", crop: "香白杏", varieties: ["香白杏"], yieldPerMu: 680, packKg: 2.5, otherCertification: nil),
        Grower(name: "延庆区珍珠泉蜂业专业合作社", kind: .cooperative, town: "珍珠泉乡", village: "珍珠泉村", crop: "蜂蜜", varieties: ["椴树蜜"], yieldPerMu: 25, packKg: 0.5, otherCertification: .geographicIndication),
        Grower(name: "北京妫水农产品有限公司", kind: .company, town: "旧县镇", village: "旧县村", crop: "苹果", varieties: ["富士", "国光"], yieldPerMu: 1350, packKg: 5, otherCertification: nil),
        Grower(name: "北京唐家堡葡萄家庭农场", kind: .farm, town: "延庆镇", village: "唐家堡村", crop: "葡萄", varieties: ["红地球"], yieldPerMu: 1500, packKg: 5, otherCertification: nil),
    ]

    static let hosts: [Host] = [
        Host(name: "北京石峡关山居民宿有限公司", homestays: ["石峡关山居", "石峡长城小院"], town: "八达岭镇", village: "石峡村"),
        Host(name: "北京八亩地云舍旅游有限公司", homestays: ["八亩地云舍"], town: "珍珠泉乡", village: "八亩地村"),
        Host(name: "北京慈母川栖溪院民宿有限公司", homestays: ["栖溪院"], town: "大庄科乡", village: "慈母川村"),
        Host(name: "延庆区四海花田小院民宿", homestays: ["花田小院", "花田星空院"], town: "四海镇", village: "四海村"),
        Host(name: "北京百里画廊山居旅游有限公司", homestays: ["画廊山居"], town: "千家店镇", village: "千家店村"),
        Host(name: "延庆区刘斌堡山水人家民宿", homestays: ["山水人家"], town: "刘斌堡乡", village: "刘斌堡村"),
        Host(name: "北京玉渡山下民宿有限公司", homestays: ["玉渡山下", "松山脚下"], town: "张山营镇", village: "西大庄科村"),
        Host(name: "延庆区永宁古城客栈", homestays: ["永宁古城客栈"], town: "永宁镇", village: "永宁村"),
        Host(name: "北京柳沟凤凰院民宿有限公司", homestays: ["柳沟凤凰院"], town: "井庄镇", village: "柳沟村"),
        Host(name: "延庆区康庄田园民宿", homestays: ["康庄田园居"], town: "康庄镇", village: "康庄村"),
    ]

    static let restaurants: [Restaurant] = [
        Restaurant(name: "延庆区柳沟火盆锅豆腐宴农家院", town: "井庄镇", village: "柳沟村", dishes: [
            ("火盆锅豆腐宴", "黄豆", [("柳沟黄豆豆腐", 900), ("五花肉", 200), ("白菜", 200)]),
            ("小米豆腐羹", "小米", [("刘斌堡小米", 400), ("柳沟豆腐", 200)])]),
        Restaurant(name: "北京北纬四十度餐饮有限公司", town: "张山营镇", village: "西五里营村", dishes: [
            ("国光苹果炖排骨", "苹果", [("国光苹果", 650), ("猪排骨", 350)]),
            ("巨峰葡萄山药", "葡萄", [("巨峰葡萄", 400), ("山药", 200)])]),
        Restaurant(name: "延庆区岔道古城餐馆", town: "八达岭镇", village: "岔道村", dishes: [
            ("香白杏仁豆腐", "香白杏", [("香白杏果肉", 500), ("牛奶", 200)])]),
        Restaurant(name: "北京妫水人家饭庄有限公司", town: "延庆镇", village: "王庄村", dishes: [
            ("葡萄酒焖牛肉", "葡萄", [("红地球葡萄", 300), ("牛腩", 600)]),
            ("苹果脆片沙拉", "苹果", [("富士苹果", 500), ("生菜", 100)])]),
        Restaurant(name: "延庆区四海花海农家饭", town: "四海镇", village: "前山村", dishes: [
            ("菊花炒蛋", "菊花茶", [("鲜菊花瓣", 80), ("鸡蛋", 240)])]),
        Restaurant(name: "延庆区香营海棠小馆", town: "香营乡", village: "香营村", dishes: [
            ("蜜汁海棠排骨", "八棱脆海棠", [("八棱脆海棠", 700), ("猪排骨", 300)]),
            ("海棠果酱酸奶", "八棱脆海棠", [("八棱脆海棠", 300), ("酸奶", 150)])]),
    ]
}
