# Sourced by the scripts in this folder: tool versions and PATH. Not meant to be run.
# The wasm-bindgen CLI must match the crate exactly; read the pin from Cargo.toml so there
# is one place to change it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$ROOT/Cargo.toml")"
# npm's binaryen (wasm-opt 132) must come before any system wasm-opt: Debian's 108 breaks
# the module at start-up.
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
# Flags for the wasm build (an environment variable replaces .cargo/config.toml's rustflags,
# so they all live here):
# - shorter panic locations (registry paths are ~90 bytes each): smaller bundle, and no
#   local paths in what is shipped;
# - `erase_components`: Leptos type-erases component views, -11.6% gzip on this app.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg=erase_components --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/= --remap-path-prefix=$ROOT/="
