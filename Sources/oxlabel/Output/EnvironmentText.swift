import ClimateQuality
import RegistryStore

/// The text form of a year's environment report.
enum EnvironmentText {
    static func describe(_ report: EnvironmentReport) -> String {
        var lines = ["负氧离子年均浓度 NAI annual means \(report.year)（分级表 \(NAIGradeTable.lyt2586.id)，待确认 to confirm）",
                     Table.render(header: ["站号", "站名", "乡镇", "年均 个/cm³", "等级", "资料"], rows: report.stations.map {
                         [$0.station.id, $0.station.name, ClimateText.town($0.station.townID), $0.mean.mean.map(NAIGradeTable.text) ?? "—",
                          $0.mean.level.map { "\($0.level) \($0.description)" } ?? "无效", $0.mean.validity.summary]
                     }),
                     "",
                     "乡镇年均 town means",
                     Table.render(header: ["乡镇", "年均 个/cm³", "等级", "有效站", "排除站"], rows: report.towns.map { town in
                         [ClimateText.town(town.townID), town.mean.map(NAIGradeTable.text) ?? "—",
                          town.mean.map { NAIGradeTable.lyt2586.level(for: $0) }.map { "\($0.level) \($0.description)" } ?? "—",
                          town.stationIDs.joined(separator: " "), town.excludedStationIDs.joined(separator: " ")]
                     }),
                     ""]
        if let station = report.comfortStation, !report.comfort.isEmpty {
            lines.append("逐月舒适度 monthly comfort — \(station.name) (\(station.id))")
            lines.append(Table.render(header: ["月", "气温 ℃", "湿度 %", "风速 m/s", "THI", "等级", "K", "等级", "I_BC", "人体舒适度", "资料"],
                                      rows: report.comfort.map { month in
                let climate = month.climate
                return ["\(climate.month)", decimal(climate.meanTemperature), decimal(climate.meanHumidity), decimal(climate.meanWindSpeed),
                        MonthlyComfort.text(month.temperatureHumidityIndex), month.temperatureHumidityGrade.chinese,
                        MonthlyComfort.text(month.windEffectIndex), month.windEffectGrade.chinese, "\(month.humanComfortIndex)",
                        month.humanComfortLevel.feeling, month.isDataValid ? "有效" : "无效"]
            }))
            lines.append("舒适月份 comfortable months: " + report.comfort.filter(\.isComfortable).map { "\($0.climate.month)月" }.joined(separator: "、"))
        } else {
            lines.append("舒适度站 \(report.comfortStationID) 无 \(report.year) 年观测资料，未改用其他站 "
                         + "comfort station \(report.comfortStationID) has no data for \(report.year); no other station is taken instead")
        }
        if let share = report.airQuality {
            lines.append("空气优良天数 good-air days (\(report.airQualityStationID)): \(share.goodDays)/\(share.validDays)（\(decimal(share.share * 100))%）")
        }
        lines.append("")
        lines += report.oxygenBar.lines
        return lines.joined(separator: "\n")
    }

    private static func decimal(_ value: Double) -> String { PrintedFigure.text(value, places: 1) }
}
