/// The names of a subject's fields, shared by the validation, the command line and the console's forms.
extension FieldName {
    public static let subjectName = FieldName("对象名称", "subject name")
    public static let crop = FieldName("作物", "crop")
    public static let variety = FieldName("品种", "variety")
    public static let plot = FieldName("地块", "plot")
    public static let plotLocation = FieldName("地块坐标", "plot coordinates")
    public static let areaMu = FieldName("面积", "area")
    public static let season = FieldName("年度", "season")
    public static let expectedOutput = FieldName("预计产量", "expected output")
    public static let packSize = FieldName("包装规格", "pack size")
    public static let homestayAddress = FieldName("民宿地址", "homestay address")
    public static let rooms = FieldName("客房数", "rooms")
    public static let homestayLocation = FieldName("民宿坐标", "homestay coordinates")
    public static let restaurant = FieldName("餐厅", "restaurant")
    public static let ingredients = FieldName("配料", "ingredients")
}

extension FieldName {
    public static let town = FieldName("乡镇", "town")
    public static let elevation = FieldName("海拔", "elevation")
    public static let gtin = FieldName("商品条码", "GTIN")
    public static let coordinates = FieldName("坐标", "coordinates")
}
