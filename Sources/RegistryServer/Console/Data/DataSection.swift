import Hummingbird
import NIOCore
import RegistryCore

/// `/console/data…`: stations and their observation coverage, observation CSV uploads with a row-by-row
/// result, crop models (view, validate and store a new version) and season assessments. Meteorologists
/// import, upload and certify; reviewers look and assess.
enum DataSection {
    /// Who may open the section's pages.
    static let readers = ConsoleAccess.roles([.meteorologist, .reviewer])

    static func register(on routes: ConsoleRoutes) {
        routes.get("/data", access: readers) { call in try DataPage.page(call) }
        routes.upload("/data/observations", access: .action(.importObservations), limit: ObservationUpload.limit) { call, body in
            try await ObservationUpload.submit(call, body: body)
        }
        routes.get("/data/crop-models/{id}", access: readers) { call in try CropModelPage.page(call, id: try call.parameter("id")) }
        routes.upload("/data/crop-models", access: .action(.uploadCropModel), limit: CropModelUpload.limit) { call, body in
            try CropModelUpload.submit(call, body: body)
        }
        routes.get("/data/assessments", access: .action(.assessSeason)) { call in try await AssessmentPage.page(call) }
        routes.post("/data/assessments/certify", access: .action(.issueCertificate)) { call, form in
            try await AssessmentPage.certify(call, form: form)
        }
    }

    /// Reads an upload's `multipart/form-data` body, or refuses it without changing anything.
    static func multipart(_ call: ConsoleCall, _ body: ByteBuffer) throws -> MultipartForm {
        do { return try MultipartForm(body, contentType: call.request.headers[.contentType]) } catch {
            throw ConsoleRefusal.unreadableForm
        }
    }
}
