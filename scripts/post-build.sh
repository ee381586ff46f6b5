#!/usr/bin/env bash
# Trunk post_build hook (see Trunk.toml). Release builds only: `trunk serve` injects its
# own live-reload script, which a strict Content-Security-Policy would block.
set -euo pipefail
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  node "$(dirname "$0")/post-build.mjs" "$TRUNK_STAGING_DIR"
fi
