import Foundation

/// Parses hourly and daily observation CSV files (RFC 4180, header row required, UTF-8 with an
/// optional byte-order mark) into rows and per-line rejections, then runs quality control.
///
/// It never throws and never stops early: every bad line is reported with its number, column, value
/// and reason, and nothing of a bad line is kept. Checks: UTF-8, quoting, field count (a file cut in
/// the middle), known and required columns, station registered (when a list is given), time format,
/// times within the accepted dates (when given), numbers, plausible ranges (`PlausibleRange`), negative
/// amounts, min ≤ mean ≤ max temperature, CMA QC codes, and duplicate station + time.
public struct ObservationImporter: Sendable {
    /// When set, rows of other stations are refused.
    public let knownStationIDs: Set<String>?
    public let qualityControl: QualityControl
    /// Decides whether a daily row with `valid_hours` is complete.
    public let validity: ValidityRules
    /// When set, rows dated outside are refused (observations before the earliest plausible year, or
    /// after tomorrow).
    public let acceptedDates: ClosedRange<CivilDate>?

    public init(knownStationIDs: Set<String>? = nil, qualityControl: QualityControl = QualityControl(),
                validity: ValidityRules = .standard, acceptedDates: ClosedRange<CivilDate>? = nil) {
        self.knownStationIDs = knownStationIDs
        self.qualityControl = qualityControl
        self.validity = validity
        self.acceptedDates = acceptedDates
    }

    /// Reads an hourly file and flags spikes and stuck sensors in the accepted rows; `progress` is
    /// called every `ImportProgress.interval` lines.
    public func importHourly(_ data: Data, progress: ((ImportProgress) -> Void)? = nil) -> ObservationImport<HourlyObservation> {
        var parsed = parse(data, format: .hourly, progress: progress) { station, date, hour, validCount, readings in
            HourlyObservation(stationID: station, time: ObservationHour(date: date, hour: hour)!,
                              validMinutes: validCount, readings: readings)
        }
        qualityControl.apply(to: &parsed.rows)
        return parsed
    }

    /// Reads a daily file (daily values from a provider, AQI).
    public func importDaily(_ data: Data, progress: ((ImportProgress) -> Void)? = nil) -> ObservationImport<DailyObservation> {
        let validity = validity
        return parse(data, format: .daily, progress: progress) { station, date, _, validCount, readings in
            var readings = readings
            if let validCount, validCount < validity.minimumValidHoursPerDay {
                for element in ObservationElement.allCases where readings[element]?.flag == .valid {
                    readings[element]?.flag = .incomplete
                }
            }
            return DailyObservation(stationID: station, date: date, readings: readings)
        }
    }

    /// What each header column holds.
    private enum ColumnRole {
        case station, time, validCount
        case value(ObservationElement)
        case quality(ObservationElement)
    }

    private func parse<Row: Sendable & Hashable>(
        _ data: Data, format: ObservationFileFormat, progress: ((ImportProgress) -> Void)?,
        makeRow: (String, CivilDate, Int, Int?, ElementReadings) -> Row
    ) -> ObservationImport<Row> {
        data.withUnsafeBytes { raw in
            var reader = CSVRecordReader(bytes: raw.bindMemory(to: UInt8.self))
            var record = CSVRecordReader.Record()
            var rejections: [RowRejection] = []
            repeat {
                guard reader.next(into: &record) else {
                    return ObservationImport(rows: [], rejections: [RowRejection(line: 1, reason: .emptyFile)],
                                             dataLineCount: 0)
                }
            } while record.isBlank
            guard let roles = headerRoles(record, reader: reader, format: format, rejections: &rejections) else {
                return ObservationImport(rows: [], rejections: rejections, dataLineCount: 0)
            }
            var table = RowParser(format: format, roles: roles, knownStationIDs: knownStationIDs, acceptedDates: acceptedDates)
            table.firstLineOfKey.reserveCapacity(raw.count / 48)
            var rows: [Row] = []
            rows.reserveCapacity(raw.count / 48)
            var dataLineCount = 0
            while reader.next(into: &record) {
                if record.isBlank { continue }
                dataLineCount += 1
                if let progress, dataLineCount % ImportProgress.interval == 0 {
                    progress(ImportProgress(bytesRead: record.range.upperBound, totalBytes: raw.count, dataLines: dataLineCount))
                }
                if let row = table.parse(record, reader: reader, rejections: &rejections) {
                    rows.append(makeRow(row.station, row.date, row.hour, row.validCount, row.readings))
                }
            }
            return ObservationImport(rows: rows, rejections: rejections, dataLineCount: dataLineCount)
        }
    }

    private func headerRoles(_ header: CSVRecordReader.Record, reader: CSVRecordReader, format: ObservationFileFormat,
                             rejections: inout [RowRejection]) -> [ColumnRole]? {
        if header.containsNonASCII, !reader.isValidUTF8(header.range) {
            rejections.append(RowRejection(line: header.line, reason: .notUTF8))
            return nil
        }
        if header.problem != nil {
            rejections.append(RowRejection(line: header.line, reason: .malformedQuoting))
            return nil
        }
        let names = header.fields.map { reader.text(of: $0).trimmingCharacters(in: .whitespaces).lowercased() }
        var roles: [ColumnRole] = []
        var seen: Set<String> = []
        for name in names {
            if !seen.insert(name).inserted {
                rejections.append(RowRejection(line: header.line, column: name, reason: .duplicateColumn))
            }
            if name == ObservationFileFormat.stationColumn {
                roles.append(.station)
            } else if name == format.timeColumn {
                roles.append(.time)
            } else if name == format.validCountColumn {
                roles.append(.validCount)
            } else if let element = format.elements.first(where: { $0.column == name }) {
                roles.append(.value(element))
            } else if let element = format.elements.first(where: { $0.qualityColumn == name }) {
                if !names.contains(element.column) {
                    rejections.append(RowRejection(line: header.line, column: name, reason: .qualityColumnWithoutValue))
                }
                roles.append(.quality(element))
            } else {
                rejections.append(RowRejection(line: header.line, column: name,
                                               reason: .unknownColumn(known: format.knownColumns)))
            }
        }
        for required in [ObservationFileFormat.stationColumn, format.timeColumn] where !names.contains(required) {
            rejections.append(RowRejection(line: header.line, column: required, reason: .missingColumn))
        }
        if !roles.contains(where: { if case .value = $0 { true } else { false } }) {
            rejections.append(RowRejection(line: header.line, reason: .noValueColumns))
        }
        return rejections.isEmpty ? roles : nil
    }

    /// The values of one accepted line.
    private struct ParsedRow {
        var station: String
        var date: CivilDate
        var hour: Int
        var validCount: Int?
        var readings: ElementReadings
    }

    /// Parses data lines against a checked header; remembers keys to find duplicates.
    private struct RowParser {
        let format: ObservationFileFormat
        let knownStationIDs: Set<String>?
        let acceptedDates: ClosedRange<CivilDate>?
        let stationIndex: Int
        let timeIndex: Int
        let validCountIndex: Int?
        let valueColumns: [(index: Int, element: ObservationElement, range: PlausibleRange)]
        let qualityColumns: [(index: Int, element: ObservationElement)]
        let columnCount: Int
        var firstLineOfKey: [RowKey: Int] = [:]
        var lastStationBytes: [UInt8] = []
        var lastStation = ""
        /// Stations numbered in order of appearance, so that a row's key hashes two integers.
        var stationNumbers: [String: Int] = [:]
        var lastStationNumber = 0

        struct RowKey: Hashable {
            let station: Int
            let hourNumber: Int
        }

        init(format: ObservationFileFormat, roles: [ColumnRole], knownStationIDs: Set<String>?, acceptedDates: ClosedRange<CivilDate>?) {
            self.format = format
            self.knownStationIDs = knownStationIDs
            self.acceptedDates = acceptedDates
            columnCount = roles.count
            var station = 0, time = 0
            var validCount: Int?
            var values: [(Int, ObservationElement, PlausibleRange)] = []
            var qualities: [(Int, ObservationElement)] = []
            for (index, role) in roles.enumerated() {
                switch role {
                case .station: station = index
                case .time: time = index
                case .validCount: validCount = index
                case .value(let element): values.append((index, element, .of(element, hourly: format == .hourly)))
                case .quality(let element): qualities.append((index, element))
                }
            }
            stationIndex = station
            timeIndex = time
            validCountIndex = validCount
            valueColumns = values
            qualityColumns = qualities
        }

        mutating func parse(_ record: CSVRecordReader.Record, reader: CSVRecordReader,
                            rejections: inout [RowRejection]) -> ParsedRow? {
            let line = record.line
            if record.containsNonASCII, !reader.isValidUTF8(record.range) {
                rejections.append(RowRejection(line: line, reason: .notUTF8))
                return nil
            }
            switch record.problem {
            case .unterminatedQuote?:
                rejections.append(RowRejection(line: line, reason: .unterminatedQuote))
                return nil
            case .malformedQuoting?:
                rejections.append(RowRejection(line: line, reason: .malformedQuoting))
                return nil
            case nil:
                break
            }
            guard record.fields.count == columnCount else {
                rejections.append(RowRejection(line: line, reason: .fieldCount(expected: columnCount,
                                                                                 found: record.fields.count)))
                return nil
            }
            let rejectionsBefore = rejections.count
            func reject(_ index: Int, _ column: String, _ reason: RejectionReason) {
                rejections.append(RowRejection(line: line, column: column, value: reader.text(of: record.fields[index]),
                                               reason: reason))
            }

            let station = stationID(reader.trimmedBytes(of: record.fields[stationIndex]))
            if station.isEmpty {
                reject(stationIndex, ObservationFileFormat.stationColumn, .emptyRequiredField)
            } else if let knownStationIDs, !knownStationIDs.contains(station) {
                reject(stationIndex, ObservationFileFormat.stationColumn, .unknownStation)
            }

            var date: CivilDate?
            var hour = 0
            let timeBytes = reader.trimmedBytes(of: record.fields[timeIndex])
            if timeBytes.isEmpty {
                reject(timeIndex, format.timeColumn, .emptyRequiredField)
            } else if format == .hourly {
                switch FieldParsing.hour(timeBytes) {
                case .hour(let time): date = time.date; hour = time.hour
                case .notOnTheHour: reject(timeIndex, format.timeColumn, .notOnTheHour)
                case .malformed: reject(timeIndex, format.timeColumn, .badTime(expected: format.timePattern))
                }
            } else if timeBytes.count == 10, let day = FieldParsing.date(timeBytes) {
                date = day
            } else {
                reject(timeIndex, format.timeColumn, .badTime(expected: format.timePattern))
            }
            if let day = date, let acceptedDates, !acceptedDates.contains(day) {
                reject(timeIndex, format.timeColumn, .outsideDates(earliest: acceptedDates.lowerBound.description,
                                                                  latest: acceptedDates.upperBound.description))
                date = nil
            }

            var validCount: Int?
            if let validCountIndex {
                let bytes = reader.trimmedBytes(of: record.fields[validCountIndex])
                if !bytes.isEmpty {
                    if let count = FieldParsing.integer(bytes), count <= format.validCountLimit {
                        validCount = count
                    } else {
                        reject(validCountIndex, format.validCountColumn,
                               .outOfRange(lower: 0, upper: Double(format.validCountLimit), unit: ""))
                    }
                }
            }

            var readings = ElementReadings()
            for column in valueColumns {
                let bytes = reader.trimmedBytes(of: record.fields[column.index])
                if bytes.isEmpty { continue }
                guard let value = FieldParsing.decimal(bytes) else {
                    reject(column.index, column.element.column, .notANumber)
                    continue
                }
                if value < 0, column.range.lower == 0 {
                    reject(column.index, column.element.column, .negative)
                } else if !column.range.contains(value) {
                    reject(column.index, column.element.column,
                           .outOfRange(lower: column.range.lower, upper: column.range.upper, unit: column.element.unit))
                } else {
                    readings[column.element] = Reading(value)
                }
            }
            for column in qualityColumns {
                let bytes = reader.trimmedBytes(of: record.fields[column.index])
                if bytes.isEmpty { continue }
                guard let code = FieldParsing.integer(bytes) else {
                    reject(column.index, column.element.qualityColumn, .unknownQualityCode)
                    continue
                }
                if code == QualityFlag.cmaMissingCode {
                    readings[column.element] = nil
                } else if let flag = QualityFlag(cmaCode: code) {
                    readings[column.element]?.flag = flag
                } else {
                    reject(column.index, column.element.qualityColumn, .unknownQualityCode)
                }
            }
            if !temperaturesAgree(readings) {
                let column = valueColumns.first { $0.element == .temperature || $0.element == .minimumTemperature }!
                reject(column.index, column.element.column, .inconsistentTemperatures)
            }

            guard rejections.count == rejectionsBefore, let date else { return nil }
            let key = RowKey(station: lastStationNumber, hourNumber: date.dayNumber * 24 + hour)
            if let firstLine = firstLineOfKey.updateValue(line, forKey: key) {
                firstLineOfKey[key] = firstLine
                reject(timeIndex, format.timeColumn, .duplicateTimestamp(firstLine: firstLine))
                return nil
            }
            return ParsedRow(station: station, date: date, hour: hour, validCount: validCount, readings: readings)
        }

        /// The station id as a string, reusing the previous line's string (and number) when the bytes are the same.
        private mutating func stationID(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            if !bytes.elementsEqual(lastStationBytes) {
                lastStationBytes = Array(bytes)
                lastStation = String(decoding: bytes, as: UTF8.self)
                lastStationNumber = stationNumbers[lastStation] ?? stationNumbers.count
                stationNumbers[lastStation] = lastStationNumber
            }
            return lastStation
        }

        /// Minimum ≤ mean ≤ maximum, where given.
        private func temperaturesAgree(_ readings: ElementReadings) -> Bool {
            let minimum = readings.minimumTemperature?.value ?? -.infinity
            let maximum = readings.maximumTemperature?.value ?? .infinity
            let mean = readings.temperature?.value
            return minimum <= maximum && (mean.map { minimum <= $0 && $0 <= maximum } ?? true)
        }
    }
}
