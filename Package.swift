// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "oxlabel",
    platforms: [.macOS(.v14)],
    targets: [
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .target(name: "RegistryCore"),
        .target(name: "ClimateQuality", dependencies: ["RegistryCore"]),
        .target(name: "LabelPrint", dependencies: ["RegistryCore", "CQRencode", "CCairo"]),
        .testTarget(name: "RegistryCoreTests", dependencies: ["RegistryCore"]),
        .testTarget(name: "ClimateQualityTests", dependencies: ["ClimateQuality"]),
        .testTarget(name: "LabelPrintTests", dependencies: ["LabelPrint"]),
    ],
    swiftLanguageModes: [.v6]
)
