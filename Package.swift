// swift-tools-version:6.0
// HonorSite — a static-site and honor-roll generator.
// Dependencies: Foundation and the system library libcmark only.
import PackageDescription

let package = Package(
    name: "HonorSite",
    products: [
        .executable(name: "honorsite", targets: ["honorsite"]),
        // The libraries, for the fuzz targets in Fuzz/ (a separate package that depends on this one).
        .library(name: "FrontMatter", targets: ["FrontMatter"]),
        .library(name: "Mustache", targets: ["Mustache"]),
        .library(name: "HonorSiteCore", targets: ["HonorSiteCore"]),
    ],
    targets: [
        // System library: libcmark from Debian's libcmark-dev (pkg-config `libcmark`).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Build facts passed by the Makefile (the git commit); header only, nothing to link.
        .systemLibrary(name: "CBuildInfo"),
        // Mustache template engine (Foundation only; knows nothing about sites).
        .target(name: "Mustache"),
        // Front-matter splitter and YAML-subset parser (Foundation only).
        .target(name: "FrontMatter"),
        // Every message in Chinese and English: typed keys, one catalogue per language.
        .target(name: "Messages", dependencies: ["FrontMatter", "Mustache", "Charts", "Media"]),
        // 姓氏笔画 (surname stroke) ordering with a generated stroke-sequence table.
        .target(name: "StrokeOrder"),
        // Build-time SVG charts, data tables, CSV and Chinese report numbers (Foundation only; knows nothing about sites).
        .target(name: "Charts"),
        // Image containers (JPEG, PNG, GIF, WebP, SVG): size, orientation, metadata removal (Foundation only).
        .target(name: "Media"),
        // Search tokenizer and index builder (Foundation-free; the theme's search.js mirrors the tokenizer).
        .target(name: "SearchIndex"),
        // The only module that imports cmark.
        .target(name: "Markdown", dependencies: ["CCmark"]),
        // The site compiler: discover → load → validate → index → render → write.
        .target(
            name: "HonorSiteCore",
            dependencies: ["Mustache", "FrontMatter", "Markdown", "StrokeOrder", "Charts", "Media", "Messages", "SearchIndex"]
        ),
        // Local preview server: HTTP/1.1 over POSIX sockets, file watching, live reload.
        .target(name: "HonorSiteServer", dependencies: ["HonorSiteCore", "Media", "Messages"]),
        // Command-line front end as a library, so tests can call it.
        .target(
            name: "HonorSiteCLI",
            dependencies: ["HonorSiteCore", "HonorSiteServer", "Mustache", "FrontMatter", "Media", "Messages", "CBuildInfo"]
        ),
        .executableTarget(name: "honorsite", dependencies: ["HonorSiteCLI"]),
        // Test helpers (golden trees, diffs); used by test targets only.
        .target(name: "TestSupport", path: "Sources/TestSupport"),

        .testTarget(name: "MustacheTests", dependencies: ["Mustache"]),
        .testTarget(name: "FrontMatterTests", dependencies: ["FrontMatter"]),
        .testTarget(name: "MessagesTests", dependencies: ["Messages", "FrontMatter", "Mustache", "Charts", "Media"]),
        .testTarget(name: "StrokeOrderTests", dependencies: ["StrokeOrder"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], exclude: ["Fixtures"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "MediaTests", dependencies: ["Media", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex"], exclude: ["token-cases.json"]),
        .testTarget(
            name: "HonorSiteCoreTests",
            dependencies: ["HonorSiteCore", "Markdown", "TestSupport", "FrontMatter", "Charts", "Messages", "Media"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CLITests", dependencies: ["HonorSiteCLI", "Mustache", "TestSupport"]),
        .testTarget(name: "ServerTests", dependencies: ["HonorSiteServer", "HonorSiteCore", "Messages", "Media"]),
    ],
    swiftLanguageModes: [.v6]
)
