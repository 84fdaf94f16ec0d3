# shellcheck shell=bash
# Shared install logic for scripts/dev and scripts/test. Source it; don't run it.
#
# Every ensure_* function is idempotent: it checks first and prints "present: X" when X is already
# there, or "installing: X" before installing it. Any failure stops the caller (set -euo pipefail)
# after a message that says what failed and how to retry by hand.
#
# The pinned versions below must agree with the repository:
#   - CSM_WASM_BINDGEN_VERSION == the `wasm-bindgen = "=…"` pin in Cargo.toml (hence Cargo.lock)
#                              == `[tools] wasm_bindgen` in Trunk.toml
#   - CSM_WASM_OPT_VERSION     == `[tools] wasm_opt = "version_N"` in Trunk.toml
#                              == the major version of npm `binaryen` in package.json
# csm_check_pins verifies this before anything is installed.

CSM_TRUNK_VERSION="0.21.14"        # 0.22 needs rustc 1.96; this workspace is on 1.95.
CSM_WASM_BINDGEN_VERSION="0.2.130"
CSM_WASM_OPT_VERSION="132"         # Debian's binaryen (108) and crates.io's wasm-opt (116) can't read rustc 1.95's wasm.
CSM_WASM_TARGET="wasm32-unknown-unknown"

CSM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CSM_ROOT

csm_say() { printf '==> %s\n' "$*"; }
csm_present() { printf '    present: %s\n' "$*"; }
csm_installing() { printf '    installing: %s\n' "$*"; }
csm_die() {
    printf '\nERROR: %s\n' "$*" >&2
    exit 1
}

# Tools installed by cargo and npm must be found first: ~/.cargo/bin (cargo install) and the
# repository's node_modules/.bin (wasm-opt from npm binaryen, which Trunk looks up on PATH).
csm_setup_path() {
    local cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
    case ":$PATH:" in *":$cargo_bin:"*) ;; *) PATH="$cargo_bin:$PATH" ;; esac
    PATH="$CSM_ROOT/node_modules/.bin:$PATH"
    export PATH
    export DEBIAN_FRONTEND=noninteractive
    command -v cargo >/dev/null || csm_die "cargo not found. Install Rust with rustup (the workspace needs Rust 1.95 stable)."
    command -v rustup >/dev/null || csm_die "rustup not found; it is needed to add the $CSM_WASM_TARGET target."
}

# The version of a package in Cargo.lock (first match), or "" if absent.
csm_lock_version() {
    awk -v name="$1" '
        $0 == "name = \"" name "\"" { found = 1; next }
        found && /^version = / { gsub(/version = |"/, ""); print; exit }
        /^\[\[package\]\]/ { found = 0 }
    ' "$CSM_ROOT/Cargo.lock"
}

# The quoted value of `key = "value"` in Trunk.toml, or "" if absent.
csm_trunk_toml_value() {
    [ -f "$CSM_ROOT/Trunk.toml" ] || return 0
    sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" "$CSM_ROOT/Trunk.toml" | head -n 1
}

# The CLI, the crate and the Trunk config must name the same wasm-bindgen (and wasm-opt) version.
csm_check_pins() {
    csm_say "Checking that tool versions agree with the repository"
    local lock toml_wb toml_wo npm_bin
    lock="$(csm_lock_version wasm-bindgen)"
    [ "$lock" = "$CSM_WASM_BINDGEN_VERSION" ] ||
        csm_die "Cargo.lock has wasm-bindgen '${lock:-<none>}' but scripts/lib/install.sh pins $CSM_WASM_BINDGEN_VERSION. Make Cargo.toml's wasm-bindgen \"=…\" pin, Trunk.toml [tools] wasm_bindgen and CSM_WASM_BINDGEN_VERSION agree."
    [ -f "$CSM_ROOT/Trunk.toml" ] || csm_die "Trunk.toml is missing at the repository root."
    toml_wb="$(csm_trunk_toml_value wasm_bindgen)"
    [ "$toml_wb" = "$CSM_WASM_BINDGEN_VERSION" ] ||
        csm_die "Trunk.toml [tools] wasm_bindgen is '${toml_wb:-<none>}', expected \"$CSM_WASM_BINDGEN_VERSION\" (same as Cargo.lock)."
    toml_wo="$(csm_trunk_toml_value wasm_opt)"
    [ "$toml_wo" = "version_$CSM_WASM_OPT_VERSION" ] ||
        csm_die "Trunk.toml [tools] wasm_opt is '${toml_wo:-<none>}', expected \"version_$CSM_WASM_OPT_VERSION\"."
    npm_bin="$(sed -n 's/.*"binaryen":[[:space:]]*"\([^"]*\)".*/\1/p' "$CSM_ROOT/package.json" | head -n 1)"
    [ "${npm_bin%%.*}" = "$CSM_WASM_OPT_VERSION" ] ||
        csm_die "package.json pins binaryen '${npm_bin:-<none>}', expected $CSM_WASM_OPT_VERSION.x.x."
    csm_present "wasm-bindgen $CSM_WASM_BINDGEN_VERSION (Cargo.lock, Trunk.toml), wasm-opt version_$CSM_WASM_OPT_VERSION (Trunk.toml, package.json)"
}

csm_ensure_wasm_target() {
    if rustup target list --installed | grep -qx "$CSM_WASM_TARGET"; then
        csm_present "Rust target $CSM_WASM_TARGET"
    else
        csm_installing "Rust target $CSM_WASM_TARGET"
        rustup target add "$CSM_WASM_TARGET" || csm_die "rustup target add $CSM_WASM_TARGET failed."
    fi
}

# `trunk --version` prints "trunk 0.21.14".
csm_ensure_trunk() {
    local have=""
    if command -v trunk >/dev/null; then have="$(trunk --version 2>/dev/null | awk '{print $2}')"; fi
    if [ "$have" = "$CSM_TRUNK_VERSION" ]; then
        csm_present "trunk $CSM_TRUNK_VERSION"
        return
    fi
    csm_installing "trunk $CSM_TRUNK_VERSION${have:+ (found $have)} — cargo install, about 15–20 minutes on 2 cores, once"
    cargo install --locked --force "trunk@$CSM_TRUNK_VERSION" ||
        csm_die "cargo install --locked trunk@$CSM_TRUNK_VERSION failed (see above)."
    have="$(trunk --version 2>/dev/null | awk '{print $2}')"
    [ "$have" = "$CSM_TRUNK_VERSION" ] || csm_die "after install, \`trunk --version\` reports '${have:-nothing}', not $CSM_TRUNK_VERSION; is another trunk earlier on PATH ($(command -v trunk))?"
}

# `wasm-bindgen --version` prints "wasm-bindgen 0.2.130". The same crate installs
# wasm-bindgen-test-runner, which `cargo test --target wasm32-unknown-unknown` runs (.cargo/config.toml).
csm_ensure_wasm_bindgen_cli() {
    local have="" runner=""
    if command -v wasm-bindgen >/dev/null; then have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"; fi
    if command -v wasm-bindgen-test-runner >/dev/null; then runner="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')"; fi
    if [ "$have" = "$CSM_WASM_BINDGEN_VERSION" ] && [ "$runner" = "$CSM_WASM_BINDGEN_VERSION" ]; then
        csm_present "wasm-bindgen-cli $CSM_WASM_BINDGEN_VERSION (wasm-bindgen, wasm-bindgen-test-runner)"
        return
    fi
    csm_installing "wasm-bindgen-cli $CSM_WASM_BINDGEN_VERSION${have:+ (found $have)} — cargo install, about 3 minutes"
    # Without --locked: this is the install measured to work with Rust 1.95 on the project's machines.
    cargo install --force "wasm-bindgen-cli@$CSM_WASM_BINDGEN_VERSION" ||
        csm_die "cargo install wasm-bindgen-cli@$CSM_WASM_BINDGEN_VERSION failed (see above)."
    have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"
    [ "$have" = "$CSM_WASM_BINDGEN_VERSION" ] || csm_die "after install, \`wasm-bindgen --version\` reports '${have:-nothing}', not $CSM_WASM_BINDGEN_VERSION."
}

# npm devDependencies (binaryen's wasm-opt, playwright-core, axe-core): `npm ci` from package-lock.json,
# skipped when node_modules was installed from the same lock file (hash stamp).
csm_ensure_npm_deps() {
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        csm_die "node and npm are needed (Node 20 or later)."
    fi
    local stamp="$CSM_ROOT/node_modules/.csm-lock.sha256" want
    [ -f "$CSM_ROOT/package-lock.json" ] || csm_die "package-lock.json is missing; run \`npm install\` at the repository root and commit it."
    want="$(sha256sum "$CSM_ROOT/package-lock.json" | awk '{print $1}')"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$CSM_ROOT/node_modules/.bin/wasm-opt" ]; then
        csm_present "npm packages (package-lock.json unchanged)"
    else
        csm_installing "npm packages: npm ci (package-lock.json)"
        (cd "$CSM_ROOT" && npm ci --no-audit --no-fund) || csm_die "npm ci failed (see above)."
        printf '%s\n' "$want" >"$stamp"
    fi
    local wo
    wo="$("$CSM_ROOT/node_modules/.bin/wasm-opt" --version 2>/dev/null || true)"
    case "$wo" in
        *"version $CSM_WASM_OPT_VERSION"*) csm_present "wasm-opt: $wo" ;;
        *) csm_die "node_modules/.bin/wasm-opt reports '${wo:-nothing}', expected version $CSM_WASM_OPT_VERSION." ;;
    esac
}

# Trunk.toml sets offline = true, so every crate must already be in cargo's cache.
csm_ensure_cargo_fetch() {
    if (cd "$CSM_ROOT" && cargo fetch --locked --offline) >/dev/null 2>&1; then
        csm_present "every crate in Cargo.lock (cargo's cache)"
        return
    fi
    csm_installing "crates: cargo fetch --locked"
    (cd "$CSM_ROOT" && cargo fetch --locked) ||
        csm_die "cargo fetch --locked failed: is Cargo.lock up to date with the Cargo.toml files (run \`cargo update -w\`)?"
}

csm_apt_get() {
    if [ "$(id -u)" -eq 0 ]; then apt-get "$@"; else sudo apt-get "$@"; fi
}

# Installs Debian packages with apt-get, retrying once after `apt-get update`. $1 names what is
# missing for the error message; the rest are the packages.
csm_apt_install() {
    local what="$1"
    shift
    command -v apt-get >/dev/null || csm_die "missing: $what, and apt-get is not available; install $* by hand."
    csm_installing "$* (apt-get)"
    if ! csm_apt_get install -y "$@"; then
        csm_say "apt-get install failed; running apt-get update and retrying"
        csm_apt_get update || csm_die "apt-get update failed."
        csm_apt_get install -y "$@" || csm_die "apt-get install $* failed."
    fi
}

# Debian's chromium and chromium-driver: wasm-bindgen-test-runner drives chromedriver; Playwright
# (playwright-core) launches /usr/bin/chromium. Never `npx playwright install` (downloads are blocked).
csm_ensure_chromium() {
    if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
        csm_present "chromium + chromedriver ($(chromium --version 2>/dev/null | head -n 1))"
        return
    fi
    csm_apt_install "chromium/chromedriver" chromium chromium-driver
    if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
        csm_die "chromium/chromedriver still not on PATH after apt-get install."
    fi
}

# The command $1 on PATH, else Debian's package $2 installed for it; $3 is the argument that makes the
# command print its version (shown when it is present).
csm_ensure_apt_command() {
    local cmd="$1" package="$2" version="$3"
    if command -v "$cmd" >/dev/null; then
        csm_present "$cmd ($("$cmd" "$version" 2>&1 | head -n 1))"
        return
    fi
    csm_apt_install "$cmd" "$package"
    command -v "$cmd" >/dev/null || csm_die "$cmd still not on PATH after apt-get install $package."
}

# Debian's firefox-esr (/usr/bin/firefox): tests/e2e/firefox.test.mjs drives it with puppeteer-core
# over WebDriver BiDi, which downloads no browser.
csm_ensure_firefox() {
    csm_ensure_apt_command firefox firefox-esr --version
}

# A proportional Japanese face that frontend/styles.css names (IPAPGothic from fonts-ipafont-gothic,
# or Noto Sans CJK JP): without one, browsers on Linux draw Japanese in a monospaced fallback, and the
# screenshots and Firefox's font check (tests/e2e/firefox.test.mjs) see it.
csm_ensure_japanese_font() {
    local face=""
    if command -v fc-list >/dev/null; then
        face="$(fc-list ':family=IPAPGothic' family; fc-list ':family=Noto Sans CJK JP' family)"
    fi
    if [ -n "$face" ]; then
        csm_present "a proportional Japanese font ($(printf '%s\n' "$face" | head -n 1))"
        return
    fi
    csm_apt_install "a proportional Japanese font" fonts-ipafont-gothic
}

# poppler-utils' pdftotext: tests/e2e/firefox.test.mjs reads where each word of a printed PDF lies (no
# row under the page footer); pdfinfo counts the pages of tests/e2e/print.test.mjs's PDFs.
csm_ensure_pdftotext() {
    csm_ensure_apt_command pdftotext poppler-utils -v
}

# The Rust test suite validates samples against docs/snapshot.schema.json with Python's jsonschema.
csm_ensure_python_jsonschema() {
    local py
    py="$(command -v python3 || true)"
    [ -n "$py" ] || csm_die "python3 is needed by the test suite (JSON Schema check)."
    if "$py" -c 'import jsonschema' 2>/dev/null; then
        csm_present "python jsonschema ($("$py" -c 'import importlib.metadata as m; print(m.version("jsonschema"))'))"
    else
        csm_installing "python jsonschema (pip)"
        "$py" -m pip install --quiet jsonschema || csm_die "pip install jsonschema failed."
    fi
}

# What scripts/dev needs: the toolchain for `trunk build` / `trunk serve`.
csm_ensure_build_tools() {
    csm_setup_path
    csm_check_pins
    csm_say "Installing what is missing (build tools)"
    csm_ensure_wasm_target
    csm_ensure_npm_deps
    csm_ensure_wasm_bindgen_cli
    csm_ensure_trunk
    csm_ensure_cargo_fetch
}

# What scripts/test needs in addition: browsers and Python test dependencies.
csm_ensure_test_tools() {
    csm_ensure_build_tools
    csm_say "Installing what is missing (test tools)"
    csm_ensure_chromium
    csm_ensure_firefox
    csm_ensure_japanese_font
    csm_ensure_pdftotext
    csm_ensure_python_jsonschema
}
