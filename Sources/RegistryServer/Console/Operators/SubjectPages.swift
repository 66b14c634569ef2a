import Hummingbird
import RegistryCore
import RegistryStore

/// The form that registers a product, homestay or dish of an operator (each kind with its own fields, as
/// `oxlabel subject add` takes them), `/console/subjects/{id}` with the subject's applications and, for
/// clerks, the application form, and `/console/subjects/{id}/edit`, where a clerk corrects its fields as
/// `oxlabel subject edit` does.
enum SubjectPages {
    /// The form fields that the domain's field names belong to.
    static let formFields: [FieldName: String] = [
        .subjectName: "name", .crop: "crop", .variety: "variety", .plot: "plot", .plotLocation: "lat", .homestayLocation: "lat", .elevation: "elevation", .town: "town", .gtin: "gtin",
        .areaMu: "area_mu", .season: "season", .expectedOutput: "expected_kg", .packSize: "pack_kg", .homestayAddress: "address",
        .rooms: "rooms", .restaurant: "restaurant", .ingredients: "ingredients",
    ]

    static func register(on routes: ConsoleRoutes) {
        routes.get("operators/{uscc}/subjects/new", access: .action(.registerSubject)) { call in
            let owner = try owner(call)
            let kind = SubjectKind(rawValue: call.query("kind") ?? "") ?? .product
            return try formPage(call, owner: owner, kind: kind, form: ["town": owner.town?.name ?? ""], errors: FormErrors())
        }
        routes.post("operators/{uscc}/subjects", access: .action(.registerSubject)) { call, form in
            let owner = try owner(call)
            guard let kind = SubjectKind(rawValue: form["kind"]) else { throw ConsoleRefusal.unreadableForm }
            var errors = FormErrors()
            let input = SubjectDetailsInput(
                crop: form.optional("crop"), variety: form.optional("variety"), plot: form.optional("plot"),
                areaMu: number(form, "area_mu", &errors), season: number(form, "season", &errors),
                expectedOutputKg: number(form, "expected_kg", &errors), packSizeKg: number(form, "pack_kg", &errors),
                gtin: form.optional("gtin"), address: form.optional("address"), rooms: number(form, "rooms", &errors),
                restaurant: form.optional("restaurant"), ingredients: ingredients(form, &errors),
                latitude: number(form, "lat", &errors), longitude: number(form, "lon", &errors), elevation: number(form, "elevation", &errors))
            do {
                let subject = try Subject(operatorID: owner.uscc, name: form["name"], town: form["town"], kind: kind, input: input)
                if errors.isEmpty {
                    let stored = try call.change(.registerSubject) { tx, actor in try tx.addSubject(subject, by: actor) }
                    return try call.redirect(to: "/console/subjects/\(stored.id)", flash: .notice("已登记认证对象 #\(stored.id) \(stored.name)"))
                }
            } catch {
                try errors.place(error, fields: formFields)
            }
            return try formPage(call, owner: owner, kind: kind, form: form.values, errors: errors, status: .unprocessableContent)
        }
        routes.get("subjects/{id}", access: OperatorPages.readers) { call in
            try ApplicationIntake.subjectPage(call, subjectID: try subjectID(call), form: [:], errors: FormErrors())
        }
        routes.get("subjects/{id}/edit", access: .action(.editSubject)) { call in
            let subject = try call.read { try $0.subject(try subjectID(call)) }
            return try editPage(call, subject: subject, form: formValues(of: subject), errors: FormErrors())
        }
        routes.post("subjects/{id}/edit", access: .action(.editSubject)) { call, form in
            let id = try subjectID(call)
            let subject = try call.read { try $0.subject(id) }
            var errors = FormErrors()
            let edit = edit(form, kind: subject.kind, errors: &errors)
            if errors.isEmpty {
                do {
                    let (_, changes) = try call.change(.editSubject) { tx, actor in try tx.editSubject(id, edit, by: actor) }
                    let notice = changes.isEmpty ? "没有更改任何信息" : "已更正：" + changes.map(\.field).joined(separator: "、")
                    return try call.redirect(to: "/console/subjects/\(id)", flash: .notice(notice))
                } catch {
                    try errors.place(error, fields: formFields)
                }
            }
            return try editPage(call, subject: subject, form: form.values, errors: errors, status: .unprocessableContent)
        }
    }

    /// The correction a submitted edit form asks for: every field of the subject's kind as typed (a field
    /// as stored changes nothing; an empty variety or GTIN clears it).
    static func edit(_ form: ConsoleForm, kind: SubjectKind, errors: inout FormErrors) -> SubjectEdit {
        var edit = SubjectEdit(name: form["name"], town: form["town"])
        if kind != .dish {
            edit.latitude = number(form, "lat", &errors)
            edit.longitude = number(form, "lon", &errors)
            edit.elevation = number(form, "elevation", &errors)
        }
        switch kind {
        case .product:
            (edit.crop, edit.variety, edit.plot, edit.gtin) = (form["crop"], form["variety"], form["plot"], form["gtin"])
            edit.areaMu = number(form, "area_mu", &errors)
            edit.season = number(form, "season", &errors)
            edit.expectedOutputKg = number(form, "expected_kg", &errors)
            edit.packSizeKg = number(form, "pack_kg", &errors)
        case .homestay:
            edit.address = form["address"]
            edit.rooms = number(form, "rooms", &errors)
        case .dish:
            edit.restaurant = form["restaurant"]
            edit.ingredients = ingredients(form, &errors)
        }
        return edit
    }

    /// The form's fields filled with a subject's stored values.
    static func formValues(of subject: Subject) -> [String: String] {
        var values = ["name": subject.name, "town": Yanqing.towns.first { $0.id == subject.townID }?.name ?? ""]
        func place(_ point: GeoPoint) {
            values["lat"] = "\(point.latitude)"
            values["lon"] = "\(point.longitude)"
            values["elevation"] = point.elevation.map { "\($0)" } ?? ""
        }
        switch subject.details {
        case .product(let product):
            place(product.location)
            values.merge(["crop": product.crop, "variety": product.variety ?? "", "plot": product.plot, "area_mu": "\(product.areaMu)",
                          "season": "\(product.season)", "expected_kg": "\(product.expectedOutputKg)", "pack_kg": "\(product.packSizeKg)",
                          "gtin": product.gtin ?? ""]) { $1 }
        case .homestay(let homestay):
            place(homestay.location)
            values.merge(["address": homestay.address, "rooms": "\(homestay.rooms)"]) { $1 }
        case .dish(let dish):
            values["restaurant"] = dish.restaurant
            values["ingredients"] = dish.ingredients.map { "\($0.name):\($0.grams)" + ($0.sourceSubjectID.map { ":\($0)" } ?? "") }
                .joined(separator: "\n")
        }
        return values
    }

    /// The correction form of a subject, as typed, with its errors; the fields a licence in force rests
    /// on are named above it.
    static func editPage(_ call: ConsoleCall, subject: Subject, form: [String: String], errors: FormErrors,
                         status: HTTPResponse.Status = .ok) throws -> Response {
        struct View: PageView {
            static let template = "console-subject-edit"

            let frame: ConsoleFrame
            let subjectName: String
            let subjectHref: String
            let action: String
            let approvedFields: String
            let general: String?
            let fields: [FormField]
        }
        let approved = subject.approvedFields
        let view = View(
            frame: call.frame(title: "更正\(subject.kind.chinese)信息"), subjectName: "#\(subject.id) \(subject.name)",
            subjectHref: "/console/subjects/\(subject.id)", action: "/console/subjects/\(subject.id)/edit",
            approvedFields: subject.correctableFields.map(\.name).filter(approved.contains).map(\.chinese).joined(separator: "、"),
            general: errors.messages[FormErrors.general], fields: fields(kind: subject.kind, form: form, errors: errors))
        return try call.page(view, status: status)
    }

    /// The operator named in the path.
    static func owner(_ call: ConsoleCall) throws -> Operator {
        let uscc = try call.parameter("uscc")
        guard let owner = try call.read({ try $0.operator(uscc) }) else { throw ConsoleRefusal.notFound }
        return owner
    }

    /// The subject number in the path.
    static func subjectID(_ call: ConsoleCall) throws -> Int64 {
        guard let id = Int64(try call.parameter("id")) else { throw ConsoleRefusal.notFound }
        return id
    }

    /// A number field: nil when empty, a message beside it when it is not a number.
    static func number<T: LosslessStringConvertible>(_ form: ConsoleForm, _ field: String, _ errors: inout FormErrors) -> T? {
        guard let text = form.optional(field)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = T(text) else {
            errors.add(T.self == Int.self ? "应为整数" : "应为数字", for: field)
            return nil
        }
        return value
    }

    /// The ingredients, one per line as `名称:克数[:来源对象编号]`.
    static func ingredients(_ form: ConsoleForm, _ errors: inout FormErrors) -> [Ingredient] {
        form["ingredients"].split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }.compactMap { line in
            switch Result(catching: { () throws(FieldError) in try Ingredient(parsing: String(line)) }) {
            case .success(let ingredient):
                return ingredient
            case .failure(let error):
                errors.add(FormErrors.message(error), for: "ingredients")
                return nil
            }
        }
    }

    /// The form for a kind of subject, as typed, with its errors.
    static func formPage(_ call: ConsoleCall, owner: Operator, kind: SubjectKind, form: [String: String], errors: FormErrors,
                         status: HTTPResponse.Status = .ok) throws -> Response {
        struct View: PageView {
            static let template = "console-subject-new"

            let frame: ConsoleFrame
            let ownerName: String
            let ownerHref: String
            let action: String
            let kind: String
            let kindName: String
            let general: String?
            let fields: [FormField]
        }
        let view = View(
            frame: call.frame(title: "登记\(kind.chinese)"), ownerName: owner.name, ownerHref: "/console/operators/\(owner.uscc)",
            action: "/console/operators/\(owner.uscc)/subjects", kind: kind.rawValue, kindName: kind.chinese,
            general: errors.messages[FormErrors.general], fields: fields(kind: kind, form: form, errors: errors))
        return try call.page(view, status: status)
    }

    /// The fields of a kind of subject, as typed, with their errors: its name and town, then its own.
    static func fields(kind: SubjectKind, form: [String: String], errors: FormErrors) -> [FormField] {
        func field(_ name: String, _ label: String, type: String = "text", hint: String? = nil) -> FormField {
            .input("subject-\(name.replacingOccurrences(of: "_", with: "-"))", name, label, form: form, errors: errors, type: type, hint: hint)
        }
        let location = [field("lat", "纬度（必填）", hint: "WGS-84，例如 40.49"), field("lon", "经度（必填）", hint: "例如 115.87"),
                        field("elevation", kind == .product ? "海拔（米，必填）" : "海拔（米）", hint: kind == .product ? "气候品质评估据此比较地块与气象站的高差" : nil)]
        let particular: [FormField] = switch kind {
        case .product:
            [field("crop", "作物（必填）", hint: "葡萄、苹果、八棱脆海棠、香白杏、草莓……"), field("variety", "品种"), field("plot", "地块（必填）")]
                + location
                + [field("area_mu", "面积（亩，必填）"), field("season", "年度（收获年份，必填）"), field("expected_kg", "预计产量（公斤，必填）"),
                   field("pack_kg", "包装规格（公斤，必填）"), field("gtin", "商品条码 GTIN")]
        case .homestay:
            [field("address", "民宿地址（必填）"), field("rooms", "客房数（必填）")] + location
        case .dish:
            [field("restaurant", "餐厅（必填）"),
             .textArea("subject-ingredients", "ingredients", "配料（必填）", form: form, errors: errors,
                       hint: "每行一种：名称:克数，来自已获许可农产品的写 名称:克数:对象编号，例如 香白杏仁:300:5")]
        }
        return [field("name", "\(kind.chinese)名称（必填）"),
                .select("subject-town", "town", "乡镇（必填）", form: form, errors: errors, choices: Yanqing.towns, value: \.name, text: \.name)]
            + particular
    }
}
