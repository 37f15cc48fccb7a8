# Rapporteur: `make run` opens the window, `make test` runs every test.
# Both first install what is missing on a Debian machine (as root, or with sudo).

GO       ?= go
BIN      := rapporteur
# Fyne's X11/GL headers and a C compiler; pdftotext/pdffonts for the PDF tests;
# libhunspell and its English (GB) and French dictionaries for the spelling check.
SYS_PKGS := gcc pkg-config libgl1-mesa-dev xorg-dev poppler-utils libhunspell-dev hunspell-en-gb hunspell-fr
# What the tests need beyond the build: an X server of their own for the
# window's signal test and the end-to-end typing test, and xdotool to type
# into the window (both skip without them).
TEST_PKGS := xvfb xdotool libreoffice-writer-nogui
# Extra tools for looking at what we built (screenshots, PDF pages).
LOOK_PKGS := xvfb imagemagick poppler-utils

.PHONY: all deps look-deps build build-headless run test bench fuzz vet clean

all: build

# deps installs the system packages that are not installed yet; it does
# nothing (and needs no network) when all are present.
deps:
	@missing=""; for p in $(SYS_PKGS); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

look-deps:
	@$(MAKE) --no-print-directory deps SYS_PKGS="$(LOOK_PKGS)"

build: deps
	$(GO) build -o $(BIN) .

# build-headless makes rapporteur-cli: the same commands without the window,
# linking neither Fyne nor OpenGL, for servers and scripts (it starts faster).
build-headless:
	$(GO) build -tags headless -o $(BIN)-cli .

run: build
	./$(BIN)

vet: deps
	$(GO) vet ./...

# HEADLESS_PKGS are the packages with files built only with or without
# -tags headless; their tests also run in the headless build.
HEADLESS_PKGS = $$(grep -rl --include='*.go' '^//go:build.*headless' . | xargs -n1 dirname | sort -u)

# test fails on unformatted code, vet or staticcheck findings (both builds),
# and any failing test (both builds).
test: deps
	@$(MAKE) --no-print-directory deps SYS_PKGS="$(TEST_PKGS)"
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt -l: not formatted:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags headless $(HEADLESS_PKGS)
	$(GO) tool staticcheck ./...
	$(GO) tool staticcheck -tags headless $(HEADLESS_PKGS)
	$(GO) test ./...
	$(GO) test -tags headless $(HEADLESS_PKGS)

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

# fuzz runs each fuzz target for FUZZTIME (default 30s).
FUZZTIME ?= 30s
fuzz: deps
	@for pkg in $$($(GO) list ./...); do \
		for f in $$($(GO) test -list 'Fuzz.*' $$pkg | grep '^Fuzz'); do \
			echo "fuzz $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

clean:
	rm -f $(BIN) $(BIN)-cli
