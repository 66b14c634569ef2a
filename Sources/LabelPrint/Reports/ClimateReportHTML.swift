import ClimateQuality

/// A climate-quality report as one self-contained HTML page for the web: inline CSS, the stage charts
/// as inline SVG (drawn by the same code as the PDF's), every text escaped.
public enum ClimateReportHTML {
    /// The page, or the page without charts if cairo cannot measure text.
    public static func page(_ report: ClimateReport) -> String {
        let escape = XMLText.escaped
        let certificate = report.certificate
        let facts = report.facts.map { "<tr><th>\(escape($0.label))</th><td>\(escape($0.value))</td></tr>" }.joined()
        let header = ClimateReport.indicatorHeader.map { "<th>\(escape($0))</th>" }.joined()
        let rows = report.indicatorRows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>" }.joined()
        let notes = ([report.overrideLine] + report.assessment.highlights.map { "气候特征：\($0)" })
            .compactMap { $0 }.map { "<p>\(escape($0))</p>" }.joined()
        return """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>农产品气候品质认证报告 \(escape(certificate.number))</title>
            <style>
            body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:860px;margin:0 auto;padding:1em;color:#222}
            header{border-bottom:3px solid #2E7D32;display:flex;justify-content:space-between;align-items:end;flex-wrap:wrap}
            h1{margin:.2em 0;font-size:1.6em} h2{border-left:4px solid #2E7D32;padding-left:.4em;font-size:1.15em;margin-top:1.5em}
            .number{font-weight:bold;font-size:1.2em} .muted{color:#666;font-size:.85em}
            .grade{display:inline-block;background:#2E7D32;color:#fff;border-radius:50%;width:6em;height:6em;text-align:center;
              line-height:1.2;padding-top:1.6em;box-sizing:border-box;font-size:1.1em;float:right;margin:0 0 1em 1em}
            .grade b{font-size:1.8em;display:block} .grade.ordinary{background:#777}
            .status{float:right;margin:0 0 1em 1em;border:3px solid #B71C1C;color:#B71C1C;padding:.5em 1em;text-align:center;max-width:16em}
            .status b{font-size:1.8em;display:block} .status.expired{border-color:#777;color:#555}
            .original{font-weight:bold} .live{display:flex;gap:1em;align-items:center;border-top:1px solid #ccc;margin-top:1.5em;padding-top:.5em}
            .live svg{width:7em;flex:none;margin:0}
            table{border-collapse:collapse;width:100%} th,td{padding:.3em .5em;text-align:left;vertical-align:top}
            table.facts th{color:#666;font-weight:normal;white-space:nowrap} table.indicators th{background:#E8F5E9}
            table.indicators tr:nth-child(even) td{background:#f6f6f6} svg{width:100%;height:auto;margin:.5em 0}
            </style></head><body>
            <header><div><h1>农产品气候品质认证报告</h1><div class="muted">Climate-quality certification report · 北京市延庆区</div></div>
            <div><div class="muted">证书编号</div><div class="number">\(escape(certificate.number))</div></div></header>
            \(gradeOrStatus(report))
            <table class="facts">\(facts)</table>
            <p>\(escape(report.scoreLine))</p>
            <h2>评估指标</h2>
            <table class="indicators"><tr>\(header)</tr>\(rows)</table>
            \(notes)
            <h2>关键生育期气象条件</h2>
            \(charts(report))
            <div class="live">\(qrCode(report))<p><b>\(escape(ClimateReport.liveNotice))</b>：本证书的当前状态见 <a href="\(escape(report.liveURL))">\(escape(report.liveURL))</a></p></div>
            <p class="muted">签发机构：\(escape(certificate.issuer))　签发人：\(escape(certificate.issuedBy))　签发日期：\(escape(certificate.issuedOn.description))。
            作物模型的生育期、权重、评分区间与等级阈值为区级默认值，待区气象局确认；以登记系统中的证书状态为准。</p>
            </body></html>
            """
    }

    /// The green seal of the grade while the certificate is in force; otherwise the status badge with
    /// its date and reason category, and the grade only as what it was.
    private static func gradeOrStatus(_ report: ClimateReport) -> String {
        let escape = XMLText.escaped
        guard let badge = report.statusBadge else {
            let grade = report.certificate.grade
            return "<div class=\"grade\(grade.isLabelled ? "" : " ordinary")\"><b>\(escape(grade.chinese))</b>气候品质等级</div>"
        }
        return "<div class=\"status \(report.status.rawValue)\"><b>\(escape(badge.text))</b>\(badge.lines.map(escape).joined(separator: "<br>"))</div>"
            + "<p class=\"original\">\(escape(report.gradeLine))</p>"
    }

    /// The QR code of the certificate's live page, drawn as the PDF's is.
    private static func qrCode(_ report: ClimateReport) -> String {
        guard let code = try? ReportQRCode(url: report.liveURL) else { return "" }
        return InlineSVG.element(width: ReportQRCode.side, height: ReportQRCode.side, label: "二维码：\(report.liveURL)") { canvas, _ in
            try? code.draw(at: 0, 0, on: canvas)
        }
    }

    private static func charts(_ report: ClimateReport) -> String {
        guard let measurer = try? TextMeasurer() else { return "" }
        let width = 180.0, height = 70.0
        return report.assessment.stages.map { stage in
            InlineSVG.element(width: width, height: height, label: StagePeriod.name(of: stage.name), measurer: measurer) { canvas, measurer in
                StageChart(stage: stage, series: report.series).draw(
                    on: canvas, in: LabelBox(x: 0, y: 0, width: width, height: height), measurer: measurer)
            }
        }.joined(separator: "\n")
    }
}
