import Hummingbird
import RegistryCore

/// `/console/data…`: stations and their observation coverage, station registration, observation CSV uploads with a row-by-row
/// result, crop models (view, validate and store a new version) and season assessments. Meteorologists
/// import, upload and certify; reviewers look and assess.
enum DataSection {
    /// Who may open the section's pages.
    static let readers = ConsoleAccess.roles([.meteorologist, .reviewer])

    static func register(on routes: ConsoleRoutes) {
        routes.get("/data", access: readers) { call in try DataPage.page(call) }
        routes.post("/data/stations", access: .action(.registerStation)) { call, form in try StationRegistration.submit(call, form: form) }
        routes.upload("/data/observations", access: .action(.importObservations), limits: .inMemory(fileBytes: ObservationUpload.limit),
                      files: InMemoryFiles()) { call, form in
            try await ObservationUpload.submit(call, form: form)
        }
        routes.get("/data/crop-models/{id}", access: readers) { call in try CropModelPage.page(call, id: try call.parameter("id")) }
        routes.upload("/data/crop-models", access: .action(.uploadCropModel), limits: .inMemory(fileBytes: CropModelUpload.limit),
                      files: InMemoryFiles()) { call, form in
            try CropModelUpload.submit(call, form: form)
        }
        routes.get("/data/assessments", access: .action(.assessSeason)) { call in try await AssessmentPage.page(call) }
        routes.post("/data/assessments/certify", access: .action(.issueCertificate)) { call, form in
            try await AssessmentPage.certify(call, form: form)
        }
    }
}
