SHELL := /bin/bash
# HonorSite — two commands do everything on a fresh Debian machine:
#   make site   install libcmark-dev if missing, build, render content/ into site/
#   make test   install libcmark-dev if missing, check formatting (make lint), run every test (Mustache spec count included)
# Development checks that need tools make test does not (node; chromium, websocket-client, pagefind):
#   make js-test       the tokenizer cases through templates/static/search.js (node)
#   make browser-test  js-test, then the search in headless Chromium against a substring search and Pagefind

SWIFT    ?= swift
CONFIG   ?= release
BIN      := .build/$(CONFIG)/honorsite
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The version lives in one place, Sources/HonorSiteCLI/Version.swift; the commit is added when building
# from a git checkout (with -dirty for uncommitted changes). A plain `swift build` needs neither.
VERSION    := $(shell sed -n 's/.*static let number = "\([^"]*\)".*/\1/p' Sources/HonorSiteCLI/Version.swift)
GIT_COMMIT := $(shell c=$$(git rev-parse --short=12 HEAD 2>/dev/null) && { git diff --quiet HEAD 2>/dev/null || c=$$c-dirty; echo $$c; })
BUILD_INFO := $(if $(GIT_COMMIT),-Xcc '-DHONORSITE_GIT_COMMIT="$(GIT_COMMIT)"')

.PHONY: all site build test clean deps bench goldens format spec lint fuzz-media fuzz js-test browser-test theme file-links dist dist-check

all: site

# libcmark (C library + header + pkg-config file) from Debian's libcmark-dev.
deps:
	@if [ ! -f /usr/include/cmark.h ] || ! command -v pkg-config >/dev/null 2>&1; then \
	  echo "installing libcmark-dev and pkg-config (apt-get)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) --product honorsite $(BUILD_INFO)

site: build
	$(BIN) build

# The Mustache spec tests look in MUSTACHE_SPEC_DIR, ../shared/mustache-spec, then .mustache-spec/
# (fetched here when none is there and the network allows; otherwise the tests fail and say where they looked).
# Formatting is part of the tests: 'make format' fixes what 'make lint' reports.
test: deps lint
	@Scripts/fetch-mustache-spec.sh --if-missing
	$(SWIFT) test

# Fetch the official Mustache spec at the pinned commit into .mustache-spec/.
spec:
	Scripts/fetch-mustache-spec.sh

# swift-format with .swift-format: 'make format' rewrites the tree, 'make lint' reports findings.
format:
	Scripts/format.sh

lint:
	Scripts/format.sh --lint

# Regenerate the golden trees under Tests/HonorSiteCoreTests/Fixtures/sites/*/expected.
goldens: deps
	UPDATE_GOLDENS=1 $(SWIFT) test --filter GoldenTests || true
	@echo "goldens rewritten; review 'git diff Tests/' and run 'make test'"

# One million mutated images through the Media readers (about two minutes).
fuzz-media: deps
	MEDIA_FUZZ_COUNT=$${MEDIA_FUZZ_COUNT:-1000000} $(SWIFT) test --filter MediaTests.FuzzTests

bench: deps
	Scripts/bench.sh

# libFuzzer targets (Fuzz/, a separate package): each runs FUZZ_SECONDS seconds; findings exit 1.
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Scripts/fuzz.sh

js-test:
	node Scripts/check-search-tokens.js

# Needs chromium (apt) and, from PyPI, websocket-client and pagefind[extended] (installed here if missing).
browser-test: build js-test
	@python3 -c "import websocket" 2>/dev/null || pip install -q websocket-client
	@python3 -c "import pagefind" 2>/dev/null || pip install -q 'pagefind[extended]'
	python3 Scripts/browser-test.py --bin $(BIN)

# Regenerate the embedded default theme from templates/ (DefaultThemeTests fails until this is run).
theme:
	python3 Scripts/gen-theme.py

# Build the demo with --relative-urls and check every link works from a folder (file://); a CI step.
file-links: build
	rm -rf .build-file-links && $(BIN) build --relative-urls --output .build-file-links/site --quiet
	python3 Scripts/check-file-links.py .build-file-links/site

# One self-contained binary: dist/honorsite-$(VERSION)-linux-x86_64.tar.gz (see Scripts/dist.sh).
dist: deps
	VERSION=$(VERSION) GIT_COMMIT=$(GIT_COMMIT) SWIFT=$(SWIFT) Scripts/dist.sh

# Unpack the archive and use it with the Swift toolchain out of PATH and LD_LIBRARY_PATH (CI step).
dist-check: dist
	Scripts/dist-check.sh dist/honorsite-$(VERSION)-linux-x86_64.tar.gz

clean:
	rm -rf .build .build-dist .build-file-links Fuzz/.build dist site
