import Hummingbird
import RegistryCore
import RegistryStore
import ClimateQuality

/// `POST /console/data/stations`: the data officer registers a station as `oxlabel station add` does —
/// id, name, town, coordinates, elevation and kind (气象站, 负氧离子站, 气象与负氧离子站 or 设施内传感器
/// inside a greenhouse). A wrong field is shown beside it on the data page with the form as typed, and
/// nothing is stored.
enum StationRegistration {
    /// The form fields that the domain's field names belong to.
    static let formFields: [FieldName: String] = [
        FieldName("站号", "station id"): "id", FieldName("站名", "station name"): "name",
        FieldName("站点坐标", "station coordinates"): "lat", FieldName("海拔", "elevation"): "elevation",
    ]

    /// The form as typed with its errors, for the data page.
    struct Form: Encodable {
        let fields: [FormField]
        let general: String?

        init(values: [String: String] = ["kind": Station.Kind.weather.rawValue], errors: FormErrors = FormErrors()) {
            func field(_ name: String, _ label: String, hint: String? = nil) -> FormField {
                .input("station-\(name)", name, label, form: values, errors: errors, hint: hint)
            }
            fields = [
                field("id", "站号（必填）", hint: "字母、数字、- 和 _，例如 YQ201"), field("name", "站名（必填）"),
                .select("station-town", "town", "乡镇（必填）", form: values, errors: errors, choices: Yanqing.towns, value: \.name, text: \.name),
                field("lat", "纬度（必填）", hint: "WGS-84，例如 40.398"), field("lon", "经度（必填）", hint: "例如 115.880"),
                field("elevation", "海拔（米，必填）"),
                .select("station-kind", "kind", "类别（必填）", form: values, errors: errors, choices: Station.Kind.allCases,
                        value: \.rawValue, text: \.chinese),
            ]
            general = errors.messages[FormErrors.general]
        }
    }

    static func submit(_ call: ConsoleCall, form: ConsoleForm) throws -> Response {
        var errors = FormErrors()
        let latitude: Double? = SubjectPages.number(form, "lat", &errors)
        let longitude: Double? = SubjectPages.number(form, "lon", &errors)
        let elevation: Double? = SubjectPages.number(form, "elevation", &errors)
        for (name, value) in [("lat", latitude), ("lon", longitude), ("elevation", elevation)] where value == nil && form.optional(name) == nil {
            errors.add("必填", for: name)
        }
        let kind = Station.Kind(rawValue: form["kind"])
        if kind == nil { errors.add("请从列表中选择类别", for: "kind") }
        if let latitude, let longitude, let elevation, let kind, errors.isEmpty {
            do {
                let station = try Station.registering(id: form["id"], name: form["name"], town: form["town"], latitude: latitude,
                                                      longitude: longitude, elevation: elevation, kind: kind)
                let stored = try call.change(.registerStation) { tx, actor in try tx.addStation(station, by: actor) }
                return try call.redirect(to: "/console/data", flash: .notice("已登记监测站 \(stored.id) \(stored.name)（\(stored.kind.chinese)）"))
            } catch {
                try errors.place(error, fields: formFields)
            }
        }
        return try DataPage.page(call, stationForm: Form(values: form.values, errors: errors), status: .unprocessableContent)
    }
}
