import ClimateQuality
import RegistryCore
import RegistryStore

/// The text form of stations, imports, assessments and certificates for the terminal.
enum ClimateText {
    static func town(_ id: String) -> String { Yanqing.towns.first { $0.id == id }?.name ?? id }

    static func imported(_ report: ObservationImportReport) -> String {
        if report.changedNothing {
            return "\(report.file)：已导入过，未作改动 already imported, nothing changed（\(report.unchanged) 行相同 rows unchanged）"
        }
        return """
            已导入 imported \(report.file)（\(report.kind.rawValue)，SHA-256 \(report.sha256.prefix(16))…）
              新增 new \(report.inserted) 行，相同 unchanged \(report.unchanged) 行，覆盖 replaced \(report.replaced) 行
              质控标记 flagged by QC: \(report.flaggedReadings) 个读数（保留但不参与统计 kept, not used in statistics）
            """
    }

    /// Every refused line and every differing row, then what was not done.
    static func refused(_ report: ObservationImportReport) -> String {
        var lines = ["\(report.file) 未导入 NOT imported — 登记库未改动 nothing stored"]
        if !report.rejections.isEmpty {
            lines.append(Table.render(header: ["行 line", "列 column", "值 value", "原因 reason"], rows: report.rejections.map {
                ["\($0.line)", $0.column ?? "", $0.value ?? "", "\($0.reason.chinese) | \($0.reason.english)"]
            }))
        }
        if report.unlistedRejectedLines > 0 {
            lines.append("另有 \(report.unlistedRejectedLines) 行有误未列出 and \(report.unlistedRejectedLines) more lines refused")
        }
        if !report.conflicts.isEmpty {
            lines.append("与已存数据不同的行 rows differing from stored ones（--replace 可覆盖）:")
            lines.append(Table.render(header: ["站号", "时间", "列", "已存 stored", "文件 file"], rows: report.conflicts.map {
                [$0.stationID, $0.time, $0.column, $0.stored, $0.incoming]
            }))
            if report.unlistedConflicts > 0 {
                lines.append("另有 \(report.unlistedConflicts) 行不同未列出 and \(report.unlistedConflicts) more differing rows")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The per-indicator table of an assessment, its score, grade, station and data.
    static func assessment(_ assessment: SeasonAssessment) -> String {
        var rows: [[String]] = []
        for stage in assessment.stages {
            rows.append([StagePeriod.name(of: stage.name), stage.window.description, "", "", "", "W=\(number(stage.weight))",
                         stage.score.map { "阶段得分 \(number($0))" } ?? "—"])
            for indicator in stage.indicators {
                rows.append(["  \(indicator.name)", indicator.formattedValue, indicator.band?.description ?? "—",
                             indicator.optimum?.description ?? "—", indicator.score.map(String.init) ?? "—",
                             "w=\(number(indicator.weight))", indicator.coverage.summary])
            }
        }
        var lines = ["\(assessment.crop) \(assessment.seasonYear) 年度 气候品质评估（模型 \(assessment.cropModelID) \(assessment.cropModelVersion)）",
                     "监测站 station: \(assessment.station.summary)",
                     Table.render(header: ["阶段/指标", "实测值", "所在区间", "最适区间", "得分", "权重", "资料"], rows: rows)]
        lines += outcome(assessment.outcome)
        if !assessment.highlights.isEmpty { lines.append("气候特征：" + assessment.highlights.joined(separator: "；")) }
        return lines.joined(separator: "\n")
    }

    private static func outcome(_ outcome: AssessmentOutcome) -> [String] {
        switch outcome {
        case .graded(let score, let computedGrade, let grade, let vetoes):
            ["综合指数 IQ = \(number(score))，等级 grade: \(grade.chinese) (\(grade.english))"
                + (computedGrade == grade ? "" : "（计算等级 \(computedGrade.chinese)，受否决规则限制）")]
                + vetoes.map { "否决规则 veto: \($0.summary)" }
        case .rejectedForDisaster(let findings):
            ["本季因重大气象灾害不予评定 rejected for a disaster:"] + findings.map { "  - \($0.summary)" }
        case .ungradable(let shortfalls):
            ["资料不足，不能评定等级 not enough valid data to grade:"] + shortfalls.map { "  - \($0.summary)" }
        }
    }

    static func certificate(_ certificate: ClimateCertificate, on day: Day, history: [AuditEvent]) -> String {
        var lines = [
            "气候品质认证证书 \(certificate.number)（\(certificate.status(on: day).chinese)）",
            "  产品      \(certificate.product)（\(certificate.crop)，对象 #\(certificate.subjectID)）",
            "  经营主体  \(certificate.operatorID)",
            "  地块      \(certificate.plot)",
            "  年度      \(certificate.season)（\(certificate.seasonPeriod)）",
            "  等级      \(certificate.grade.chinese)，综合指数 \(number(certificate.score))",
            "  监测站    \(certificate.station)",
            "  资料      \(certificate.dataCompleteness)",
            "  签发      \(certificate.issuer) \(certificate.issuedBy)，\(certificate.issuedOn)；有效期至 \(certificate.validUntil)",
        ]
        if let override = certificate.override {
            lines.append("  专家改判  \(override.expert) \(override.on)：\(number(certificate.computedScore)) \(certificate.computedGrade.chinese)"
                         + " → \(number(override.score)) \(override.grade.chinese)；理由：\(override.reason)")
        }
        if let revocation = certificate.revocation {
            lines.append("  撤销      \(revocation.by) \(revocation.on)：\(revocation.category.chinese)；\(revocation.reason)")
        }
        lines.append("  记录 history:")
        lines += history.reversed().map { "    \(Day($0.at)) \($0.actor)（\($0.role.chinese)）\($0.action.chinese) \($0.fromName ?? "")→\($0.toName ?? "") \($0.reason ?? "")" }
        return lines.joined(separator: "\n")
    }

    /// Two decimals for scores and weights, as the index is printed and graded (`GradeThresholds.text`).
    static func number(_ value: Double) -> String { GradeThresholds.text(value) }
}
