#!/bin/sh
# Trunk post-build hook: the full app — the app with the reader's own reviews (the `reviews`
# feature, on by default) — as a second module in dist/full/, which the first module loads on a
# reader's first use (src/handoff.rs). Trunk builds the first module itself without the feature
# (index.html), so the bundled story's visitors never download this one.
#
# The same steps Trunk takes for the first module: cargo, wasm-bindgen --target web (the version
# of Cargo.lock, installed by scripts/setup), wasm-opt -Oz for release builds.
set -eu
staging=${TRUNK_STAGING_DIR:?full-app.sh runs as a Trunk post_build hook: run trunk build}
profile=${TRUNK_PROFILE:-debug}
case "${TRUNK_DIST_DIR:-}" in
  # The bench build is built with every feature: its first module is already the full app.
  *dist-bench*) exit 0 ;;
esac
target_dir=${CARGO_TARGET_DIR:-target}
# Release builds use the `full` profile (Cargo.toml): the engine built for speed, not size.
if [ "$profile" = release ]; then
  profile=full
  cargo build --locked --offline --quiet --target wasm32-unknown-unknown --bin rassegna-app --profile full
else
  cargo build --locked --offline --quiet --target wasm32-unknown-unknown --bin rassegna-app
fi
out="$staging/full"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name rassegna-full \
  "$target_dir/wasm32-unknown-unknown/$profile/rassegna-app.wasm"
if [ "$profile" = full ]; then
  wasm-opt -Oz --output "$out/rassegna-full_bg.wasm" "$out/rassegna-full_bg.wasm"
fi
echo "full-app.sh: the full app in $out ($(wc -c < "$out/rassegna-full_bg.wasm") bytes of wasm)"
