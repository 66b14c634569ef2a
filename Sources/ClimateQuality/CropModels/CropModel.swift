import RegistryCore

/// How a crop's season is graded: stages with date windows and weights, indicators with 4/3/2/1 bands,
/// veto rules and disaster rules (standards.md §1.3 [D] algorithm, §1.4 [D] tables).
///
/// One JSON file per crop in `Schemas/crops/`, format `Schemas/crops/crop-model.schema.json`,
/// loaded and checked by `CropModelLoader`.
public struct CropModel: Hashable, Sendable, Codable {
    /// File-stable identifier, e.g. `grape`.
    public let id: String
    /// The crop as named on certificates, e.g. `鲜食葡萄`.
    public let crop: String
    /// Two capital letters of the certificate number (`YQQP-2025-PT-0007`).
    public let code: String
    /// Version of this model; a certificate records the version it was graded with.
    public let version: String
    /// Approval state, e.g. `district-default-unconfirmed`.
    public let status: String
    /// The approval state by its Chinese name; a state without one reads as recorded.
    public var statusName: String {
        status == "district-default-unconfirmed" ? "区级默认模型，待市气候中心确认" : status
    }
    /// Where the stages, weights and bands come from.
    public let source: String
    /// Stages in chronological order; the last one ends in the season's year.
    public let stages: [CropStage]
    public let vetoes: [VetoRule]
    public let disasters: [DisasterRule]
    /// The crop names of registered products this model grades (`葡萄`), besides `crop` itself.
    public let productCrops: [String]?
    /// How long its certificates are valid, when not the certifying body's default.
    public let certificateValidity: CertificateValidity?
    /// The kind of station a season must be assessed on, when not an open-air weather station:
    /// `greenhouse` (设施内传感器) for a crop grown under cover.
    public let stationKind: Station.Kind?

    public init(id: String, crop: String, code: String, version: String, status: String, source: String,
                stages: [CropStage], vetoes: [VetoRule], disasters: [DisasterRule], productCrops: [String]? = nil,
                certificateValidity: CertificateValidity? = nil, stationKind: Station.Kind? = nil) {
        self.id = id
        self.crop = crop
        self.code = code
        self.version = version
        self.status = status
        self.source = source
        self.stages = stages
        self.vetoes = vetoes
        self.disasters = disasters
        self.productCrops = productCrops
        self.certificateValidity = certificateValidity
        self.stationKind = stationKind
    }

    /// The kind of station the model's seasons are assessed on: `stationKind`, or a weather station.
    public var requiredStationKind: Station.Kind { stationKind ?? .weather }

    /// Refuses a station that cannot represent this crop's growing conditions: an open-air station for
    /// a greenhouse crop, a greenhouse sensor or an NAI-only station for an open-air one.
    public func accept(_ station: Station) throws(ClimateQualityError) {
        guard station.kind.serves(requiredStationKind) else {
            throw .wrongStationKind(crop: crop, modelID: id, stationName: station.name, stationID: station.id,
                                    kind: station.kind, required: requiredStationKind)
        }
    }

    /// Whether this model grades products registered with the crop name `productCrop`.
    public func grades(productCrop: String) -> Bool {
        crop == productCrop || (productCrops ?? []).contains(productCrop)
    }

    /// The stage with the largest weight (the target of a `heaviest` veto).
    public var heaviestStage: CropStage? { stages.max { $0.weight < $1.weight } }

    /// The calendar days of each stage for the season ending in `seasonYear`.
    ///
    /// Placed backwards from the last stage: each stage ends on the latest occurrence of its end day
    /// before the next stage starts, so a window such as 12-01…01-31 starts in the previous year.
    public func windows(seasonYear: Int) -> [DateRange] {
        var windows: [DateRange] = []
        var nextStart = CivilDate(year: seasonYear + 1, month: 1, day: 1)!
        var isLast = true
        for stage in stages.reversed() {
            let end = isLast ? stage.end.date(in: seasonYear) : Self.latest(stage.end, onOrBefore: nextStart.adding(days: -1))
            let start = Self.latest(stage.start, onOrBefore: end)
            windows.append(DateRange(first: start, last: end))
            nextStart = start
            isLast = false
        }
        return windows.reversed()
    }

    private static func latest(_ day: MonthDay, onOrBefore date: CivilDate) -> CivilDate {
        let candidate = day.date(in: date.year)
        return candidate <= date ? candidate : day.date(in: date.year - 1)
    }
}
