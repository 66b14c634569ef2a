// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "oxlabel",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "oxlabel", targets: ["oxlabel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .target(name: "RegistryCore"),
        .target(name: "ClimateQuality", dependencies: ["RegistryCore"]),
        .target(
            name: "RegistryStore",
            dependencies: [
                "RegistryCore", "ClimateQuality",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .target(name: "LabelPrint", dependencies: ["RegistryCore", "ClimateQuality", "CQRencode", "CCairo"]),
        .executableTarget(
            name: "oxlabel",
            dependencies: [
                "RegistryCore", "ClimateQuality", "RegistryStore", "LabelPrint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "bench-climate", dependencies: ["ClimateQuality", "RegistryCore", "RegistryStore"],
                          path: "Scripts/Benchmarks/ClimateBench"),
        .executableTarget(name: "bench-labels", dependencies: ["RegistryCore", "LabelPrint"], path: "Scripts/Benchmarks/LabelBench"),
        .testTarget(name: "RegistryCoreTests", dependencies: ["RegistryCore"]),
        .testTarget(name: "ClimateQualityTests", dependencies: ["ClimateQuality"]),
        .testTarget(name: "LabelPrintTests", dependencies: ["LabelPrint"]),
        .testTarget(
            name: "RegistryStoreTests",
            dependencies: ["RegistryStore", "ClimateQuality", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EndToEndTests", dependencies: ["oxlabel", "RegistryStore", "ClimateQuality"]),
    ],
    swiftLanguageModes: [.v6]
)
