import Foundation

/// Parses hourly and daily observation CSV files (RFC 4180, header row required, UTF-8 with an
/// optional byte-order mark) into rows and per-line rejections, and runs quality control.
///
/// It never stops early: every bad line is reported with its number, column, value and reason (the
/// first `listedRejections` kept, the rest counted), and nothing of a bad line is kept. Checks: UTF-8,
/// quoting, field count (a file cut in the middle), known and required columns, station registered
/// (when a list is given), time format, times within the accepted dates (when given), numbers, plausible ranges (`PlausibleRange`), negative amounts,
/// min ≤ mean ≤ max temperature, CMA QC codes, and duplicate station + time.
///
/// The file is read in blocks (`CSVRecordStream`) and its accepted rows are handed to the store in
/// batches as they are read, quality-controlled per station as they come (`StationQualityControl`), so
/// memory does not grow with the file. A store refuses the whole file if any line was refused.
public struct ObservationImporter: Sendable {
    /// When set, rows of other stations are refused.
    public let knownStationIDs: Set<String>?
    public let qualityControl: QualityControl
    /// Decides whether a daily row with `valid_hours` is complete.
    public let validity: ValidityRules
    /// When set, rows dated outside are refused (observations before the earliest plausible year, or
    /// after tomorrow).
    public let acceptedDates: ClosedRange<CivilDate>?

    /// Rejections kept to be listed; further refused lines are only counted.
    public static let listedRejections = 10_000
    /// Rows handed to the store at a time.
    static let batchSize = 4_096

    var blockSize = CSVRecordStream.standardBlockSize
    var recordLimit = CSVRecordStream.standardRecordLimit
    var rejectionLimit = listedRejections

    public init(knownStationIDs: Set<String>? = nil, qualityControl: QualityControl = QualityControl(),
                validity: ValidityRules = .standard, acceptedDates: ClosedRange<CivilDate>? = nil) {
        self.knownStationIDs = knownStationIDs
        self.qualityControl = qualityControl
        self.validity = validity
        self.acceptedDates = acceptedDates
    }

    /// Reads an hourly file, hands its accepted rows to `store` in batches with spikes and stuck
    /// sensors flagged, and calls `checksum` with every byte of the file; `progress` is called every
    /// `ImportProgress.interval` lines. The rows of stations listed as `unorderedStations` are handed
    /// over with the provider's flags only: their quality control needs them all in time order.
    public func importHourly(_ source: ObservationSource, progress: ((ImportProgress) -> Void)? = nil,
                             checksum: ((UnsafeRawBufferPointer) -> Void)? = nil,
                             store: ([HourlyObservation]) throws -> Void) throws -> ObservationImportSummary {
        var batch = Batch<HourlyObservation>(elements: ObservationFileFormat.hourly.elements, readings: \.readings)
        var stations: [StationInOrder?] = []
        let file = try read(source, format: .hourly, progress: progress, checksum: checksum) { parsed in
            let row = HourlyObservation(stationID: parsed.station, time: ObservationHour(hourNumber: parsed.date.dayNumber * 24 + parsed.hour),
                                        validMinutes: parsed.validCount, readings: parsed.readings)
            let number = parsed.stationNumber
            while stations.count <= number { stations.append(nil) }
            let hour = row.time.hourNumber
            var station = stations[number] ?? StationInOrder(control: StationQualityControl(qualityControl), lastHour: hour - 1)
            stations[number] = nil // leaves `station` the only owner of its buffers, so they change in place
            var flagged = 0
            if station.isOrdered, hour <= station.lastHour {
                station.isOrdered = false
                try station.control.finish { flagged += try batch.append($0, to: store) }
            }
            station.lastHour = hour
            if station.isOrdered {
                try station.control.add(row) { flagged += try batch.append($0, to: store) }
                station.flaggedReadings += flagged
            } else {
                try batch.append(row, to: store)
            }
            stations[number] = station
        }
        var flaggedReadings = 0
        var unordered: [ObservationImportSummary.UnorderedStation] = []
        for number in stations.indices {
            guard var station = stations[number] else { continue }
            if station.isOrdered {
                try station.control.finish { flaggedReadings += try batch.append($0, to: store) }
                flaggedReadings += station.flaggedReadings
            } else {
                unordered.append(.init(stationID: file.stationNames[number], keys: file.keys.keys(of: number)))
            }
        }
        try batch.flush(to: store)
        return file.summary(flaggedReadings: flaggedReadings, stations: stations.indices.filter { stations[$0] != nil },
                            unordered: unordered)
    }

    /// Reads a daily file (daily values from a provider, AQI), handing its accepted rows to `store` in
    /// batches.
    public func importDaily(_ source: ObservationSource, progress: ((ImportProgress) -> Void)? = nil,
                            checksum: ((UnsafeRawBufferPointer) -> Void)? = nil,
                            store: ([DailyObservation]) throws -> Void) throws -> ObservationImportSummary {
        var batch = Batch<DailyObservation>(elements: ObservationFileFormat.daily.elements, readings: \.readings)
        var flaggedReadings = 0
        var seen: Set<Int> = []
        let file = try read(source, format: .daily, progress: progress, checksum: checksum) { parsed in
            var readings = parsed.readings
            if let validCount = parsed.validCount, validCount < validity.minimumValidHoursPerDay {
                for element in ObservationElement.allCases where readings[element]?.flag == .valid {
                    readings[element]?.flag = .incomplete
                }
            }
            seen.insert(parsed.stationNumber)
            flaggedReadings += try batch.append(DailyObservation(stationID: parsed.station, date: parsed.date, readings: readings), to: store)
        }
        try batch.flush(to: store)
        return file.summary(flaggedReadings: flaggedReadings, stations: Array(seen), unordered: [])
    }

    /// Reads an hourly file held in memory, collecting its rows (tests, benchmarks).
    public func importHourly(_ data: Data, progress: ((ImportProgress) -> Void)? = nil) throws -> ObservationImport<HourlyObservation> {
        var rows: [HourlyObservation] = []
        let summary = try importHourly(.bytes(data), progress: progress) { rows += $0 }
        for station in summary.unorderedStations {
            let indices = rows.indices.filter { rows[$0].stationID == station.stationID }
            var stationRows = indices.map { rows[$0] }
            qualityControl.apply(to: &stationRows)
            for (index, row) in zip(indices, stationRows) { rows[index] = row }
        }
        return ObservationImport(rows: rows, summary: summary)
    }

    /// Reads a daily file held in memory, collecting its rows (tests).
    public func importDaily(_ data: Data, progress: ((ImportProgress) -> Void)? = nil) throws -> ObservationImport<DailyObservation> {
        var rows: [DailyObservation] = []
        let summary = try importDaily(.bytes(data), progress: progress) { rows += $0 }
        return ObservationImport(rows: rows, summary: summary)
    }

    /// One station's quality control while its rows come in time order.
    private struct StationInOrder {
        var control: StationQualityControl
        var lastHour: Int
        var isOrdered = true
        var flaggedReadings = 0
    }

    /// Rows waiting to be handed to the store.
    private struct Batch<Row> {
        let elements: [ObservationElement]
        let readings: (Row) -> ElementReadings
        var rows: [Row] = []

        init(elements: [ObservationElement], readings: @escaping (Row) -> ElementReadings) {
            self.elements = elements
            self.readings = readings
            rows.reserveCapacity(ObservationImporter.batchSize)
        }

        /// Adds a row whose flags are final, handing a full batch to `store`; the row's flagged readings.
        @discardableResult
        mutating func append(_ row: Row, to store: ([Row]) throws -> Void) throws -> Int {
            rows.append(row)
            if rows.count >= ObservationImporter.batchSize { try flush(to: store) }
            let values = readings(row)
            return elements.reduce(0) { $0 + (values[$1]?.flag.countsAsValid == false ? 1 : 0) }
        }

        mutating func flush(to store: ([Row]) throws -> Void) throws {
            guard !rows.isEmpty else { return }
            try store(rows)
            rows.removeAll(keepingCapacity: true)
        }
    }

    /// What the line-by-line reading of a file found.
    private struct FileRead {
        let rejections: RejectionList
        let dataLineCount: Int
        let stationNames: [String]
        let keys: ImportedKeys

        func summary(flaggedReadings: Int, stations: [Int],
                     unordered: [ObservationImportSummary.UnorderedStation]) -> ObservationImportSummary {
            ObservationImportSummary(rejections: rejections.listed, rejectedLines: rejections.lineCount, dataLineCount: dataLineCount,
                                     flaggedReadings: flaggedReadings, stations: stations.map { stationNames[$0] }.sorted(),
                                     unorderedStations: unordered)
        }
    }

    /// What each header column holds.
    private enum ColumnRole {
        case station, time, validCount
        case value(ObservationElement)
        case quality(ObservationElement)
    }

    /// Reads the file's records block by block, checks the header, parses every data line and hands each
    /// accepted one to `accept`.
    private func read(_ source: ObservationSource, format: ObservationFileFormat, progress: ((ImportProgress) -> Void)?,
                      checksum: ((UnsafeRawBufferPointer) -> Void)?, accept: (ParsedRow) throws -> Void) throws -> FileRead {
        var rejections = RejectionList(limit: rejectionLimit)
        var parser: RowParser?
        var sawHeader = false
        var dataLineCount = 0
        let totalBytes = source.size ?? 0
        var handlers = CSVRecordStream.Handlers()
        if let checksum { handlers.onBytes = checksum }
        handlers.onTooLong = { line in
            rejections.add(line: line, RowRejection(line: line, reason: .lineTooLong(limit: recordLimit)))
        }
        try CSVRecordStream(source: source, blockSize: blockSize, recordLimit: recordLimit).read(handlers) { record, reader, offset in
            if record.isBlank { return true }
            guard sawHeader else {
                sawHeader = true
                guard let roles = headerRoles(record, reader: reader, format: format, rejections: &rejections) else { return false }
                parser = RowParser(format: format, roles: roles, knownStationIDs: knownStationIDs, acceptedDates: acceptedDates)
                return true
            }
            guard parser != nil else { return false }
            dataLineCount += 1
            if let progress, dataLineCount % ImportProgress.interval == 0 {
                progress(ImportProgress(bytesRead: offset + record.range.upperBound, totalBytes: max(totalBytes, offset + record.range.upperBound),
                                        dataLines: dataLineCount))
            }
            if let row = parser?.parse(record, reader: reader, rejections: &rejections) {
                try accept(row)
            }
            return true
        }
        if !sawHeader { rejections.add(line: 1, RowRejection(line: 1, reason: .emptyFile)) }
        return FileRead(rejections: rejections, dataLineCount: parser == nil ? 0 : dataLineCount,
                        stationNames: parser.map { Self.names(of: $0.stationNumbers) } ?? [], keys: parser?.keys ?? ImportedKeys())
    }

    /// Station names indexed by their numbers.
    private static func names(of numbers: [String: Int]) -> [String] {
        var names = Array(repeating: "", count: numbers.count)
        for (name, number) in numbers { names[number] = name }
        return names
    }

    private func headerRoles(_ header: CSVRecordReader.Record, reader: CSVRecordReader, format: ObservationFileFormat,
                             rejections: inout RejectionList) -> [ColumnRole]? {
        if header.containsNonASCII, !reader.isValidUTF8(header.range) {
            rejections.add(line: header.line, RowRejection(line: header.line, reason: .notUTF8))
            return nil
        }
        if header.problem != nil {
            rejections.add(line: header.line, RowRejection(line: header.line, reason: .malformedQuoting))
            return nil
        }
        let names = header.fields.map { reader.text(of: $0).trimmingCharacters(in: .whitespaces).lowercased() }
        var roles: [ColumnRole] = []
        var seen: Set<String> = []
        for name in names {
            if !seen.insert(name).inserted {
                rejections.add(line: header.line, RowRejection(line: header.line, column: name, reason: .duplicateColumn))
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
                    rejections.add(line: header.line, RowRejection(line: header.line, column: name, reason: .qualityColumnWithoutValue))
                }
                roles.append(.quality(element))
            } else {
                rejections.add(line: header.line, RowRejection(line: header.line, column: name,
                                               reason: .unknownColumn(known: format.knownColumns)))
            }
        }
        for required in [ObservationFileFormat.stationColumn, format.timeColumn] where !names.contains(required) {
            rejections.add(line: header.line, RowRejection(line: header.line, column: required, reason: .missingColumn))
        }
        if !roles.contains(where: { if case .value = $0 { true } else { false } }) {
            rejections.add(line: header.line, RowRejection(line: header.line, reason: .noValueColumns))
        }
        return rejections.isEmpty ? roles : nil
    }

    /// The values of one accepted line.
    private struct ParsedRow {
        var station: String
        /// The station's number in the file (`RowParser.stationNumbers`).
        var stationNumber: Int
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
        var keys = ImportedKeys()
        var lastStationBytes: [UInt8] = []
        var lastStation = ""
        /// Stations numbered in order of appearance.
        var stationNumbers: [String: Int] = [:]
        var lastStationNumber = 0

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
                            rejections: inout RejectionList) -> ParsedRow? {
            let line = record.line
            if record.containsNonASCII, !reader.isValidUTF8(record.range) {
                rejections.add(line: line, RowRejection(line: line, reason: .notUTF8))
                return nil
            }
            switch record.problem {
            case .unterminatedQuote?:
                rejections.add(line: line, RowRejection(line: line, reason: .unterminatedQuote))
                return nil
            case .malformedQuoting?:
                rejections.add(line: line, RowRejection(line: line, reason: .malformedQuoting))
                return nil
            case nil:
                break
            }
            guard record.fields.count == columnCount else {
                rejections.add(line: line, RowRejection(line: line, reason: .fieldCount(expected: columnCount,
                                                                                          found: record.fields.count)))
                return nil
            }
            var refused = false
            func reject(_ index: Int, _ column: String, _ reason: RejectionReason) {
                refused = true
                rejections.add(line: line, RowRejection(line: line, column: column, value: reader.text(of: record.fields[index]),
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

            guard !refused, let date else { return nil }
            let key = format == .hourly ? date.dayNumber * 24 + hour : date.dayNumber
            guard keys.insert(station: lastStationNumber, key: key, line: line) else {
                let firstLine = rejections.isFull ? nil : keys.firstLine(station: lastStationNumber, key: key)
                reject(timeIndex, format.timeColumn, .duplicateTimestamp(firstLine: firstLine ?? 0))
                return nil
            }
            return ParsedRow(station: station, stationNumber: lastStationNumber, date: date, hour: hour, validCount: validCount,
                             readings: readings)
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
