import Hummingbird

/// `GET /console`: the start page, with the sections the signed-in person's roles open.
enum HomePage {
    static func register(on routes: ConsoleRoutes) {
        routes.get("") { call in
            struct View {
                let frame: ConsoleFrame
            }
            return try call.page("console-home", View(frame: call.frame(title: "工作台")))
        }
    }
}
