// swift-tools-version:6.0
// libFuzzer targets for HonorSite, kept apart from the main package so that `swift build` and
// `swift test` there are unaffected. Build and run with `make fuzz` (Scripts/fuzz.sh):
//   swift build -c release -Xswiftc -sanitize=fuzzer,address
import PackageDescription

let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
// lld: the toolchain's linker handles the sanitizer runtimes (gold crashes on some of them).
let linker: [LinkerSetting] = [.unsafeFlags(["-Xclang-linker", "-fuse-ld=lld"])]

func target(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: "HonorSite") },
        swiftSettings: fuzzer, linkerSettings: linker)
}

let package = Package(
    name: "HonorSiteFuzz",
    dependencies: [.package(name: "HonorSite", path: "..")],
    targets: [
        .target(name: "FuzzSupport", swiftSettings: fuzzer),
        target("FuzzFrontMatter", ["FrontMatter"]),
        target("FuzzMustache", ["Mustache"]),
        target("FuzzData", ["Mustache", "FrontMatter"]),
        target("FuzzPrivacy", ["HonorSiteCore"]),
        target("FuzzCompile", ["HonorSiteCore"]),
    ],
    swiftLanguageModes: [.v6]
)
