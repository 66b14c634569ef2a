import ClimateQuality
import Hummingbird
import RegistryCore
import RegistryStore

/// `GET /console/data`: the stations with the observations stored for each, the form that registers a
/// station, the upload form for an observation CSV, the crop models in use and the assessment form.
enum DataPage {
    struct View: PageView {
        static let template = "console-data"

        let frame: ConsoleFrame
        let stations: [StationRow]
        let models: [ModelRow]
        let canImport: Bool
        let canRegisterStation: Bool
        let stationForm: StationRegistration.Form
        let canUploadModel: Bool
        let canAssess: Bool
        let uploadLimit: String
    }

    struct StationRow: Encodable {
        let id: String
        let name: String
        let kind: String
        let town: String
        let hourlyRows: Int
        let hours: String
        let dailyRows: Int
        let days: String
    }

    struct ModelRow: Encodable {
        let id: String
        let href: String
        let crop: String
        let version: String
        let status: String
    }

    static func page(_ call: ConsoleCall, stationForm: StationRegistration.Form = StationRegistration.Form(),
                     status: HTTPResponse.Status = .ok) throws -> Response {
        let (stations, models) = try call.read { tx -> ([StationRow], [ModelRow]) in
            var stations: [StationRow] = []
            for station in try tx.stations() {
                let coverage = try tx.observationCoverage(of: station.id)
                stations.append(StationRow(
                    id: station.id, name: station.name, kind: station.kind.chinese,
                    town: Yanqing.towns.first { $0.id == station.townID }?.name ?? station.townID,
                    hourlyRows: coverage.hourlyRows, hours: span(coverage.firstHour, coverage.lastHour),
                    dailyRows: coverage.dailyRows, days: span(coverage.firstDay, coverage.lastDay)))
            }
            let models = try tx.cropModels().map {
                ModelRow(id: $0.id, href: CropModelPage.path($0.id), crop: $0.crop, version: $0.version, status: $0.statusName)
            }
            return (stations, models)
        }
        return try call.page(View(
            frame: call.frame(title: "数据"), stations: stations, models: models, canImport: call.staff.permits(.importObservations),
            canRegisterStation: call.staff.permits(.registerStation), stationForm: stationForm,
            canUploadModel: call.staff.permits(.uploadCropModel), canAssess: call.staff.permits(.assessSeason),
            uploadLimit: ConsoleRefusal.size(ObservationUpload.limit)), status: status)
    }

    private static func span(_ first: String?, _ last: String?) -> String {
        guard let first, let last else { return "—" }
        return "\(first) 至 \(last)"
    }
}
