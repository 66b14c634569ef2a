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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
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
        .target(
            name: "RegistryServer",
            dependencies: [
                "RegistryCore", "RegistryStore", "LabelPrint",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Templates/html")]),
        .executableTarget(
            name: "oxlabel",
            dependencies: [
                "RegistryCore", "ClimateQuality", "RegistryStore", "LabelPrint", "RegistryServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]),
        .executableTarget(name: "bench-climate", dependencies: ["ClimateQuality", "RegistryCore", "RegistryStore"],
                          path: "Scripts/Benchmarks/ClimateBench"),
        .executableTarget(name: "bench-console", dependencies: ["RegistryCore", "RegistryStore", "RegistryServer"],
                          path: "Scripts/Benchmarks/ConsoleBench"),
        .executableTarget(name: "bench-labels", dependencies: ["RegistryCore", "RegistryStore", "LabelPrint"], path: "Scripts/Benchmarks/LabelBench"),
        .testTarget(name: "RegistryCoreTests", dependencies: ["RegistryCore"]),
        .testTarget(name: "ClimateQualityTests", dependencies: ["ClimateQuality", "RegistryFixtures"]),
        .target(name: "TestSupport", dependencies: ["LabelPrint"], path: "Tests/TestSupport"),
        .testTarget(name: "LabelPrintTests", dependencies: ["LabelPrint", "TestSupport"]),
        .target(
            name: "RegistryFixtures",
            dependencies: ["RegistryCore", "ClimateQuality", "RegistryStore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/RegistryFixtures"),
        .testTarget(
            name: "RegistryStoreTests",
            dependencies: ["RegistryStore", "RegistryFixtures", "ClimateQuality", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "RegistryServerTests",
            dependencies: [
                "RegistryServer", "RegistryFixtures", "LabelPrint", "TestSupport", "ClimateQuality",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "oxlabel", "RegistryStore", "RegistryServer", "ClimateQuality", "LabelPrint", "TestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
