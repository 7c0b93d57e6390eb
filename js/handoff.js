// Fetches and compiles the full app (the `reviews` build in dist/full/, written by
// scripts/full-app.sh) and resolves to the function that starts it: its main() mounts it on the
// page. Nothing starts before both files are in, so a failed load leaves the page as it was.
// Relative to the page, so the app works from any folder of any static host.
let preparing = null;

export function prepareFullApp() {
  preparing ??= load().catch((error) => {
    // A later call (the Reviews button, once the network is back) tries again.
    preparing = null;
    throw error;
  });
  return preparing;
}

async function load() {
  const folder = new URL('full/', document.baseURI);
  const [module, wasm] = await Promise.all([
    import(new URL('rassegna-full.js', folder).href),
    fetch(new URL('rassegna-full_bg.wasm', folder))
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((bytes) => WebAssembly.compile(bytes)),
  ]);
  return () => module.default({ module_or_path: wasm });
}

/** Whether the address is one only the full app shows: a review's (`review=`) or a shared one (`#share=`). */
export function addressNeedsFullApp() {
  return new URLSearchParams(location.search).has('review') || location.hash.startsWith('#share=');
}

// Such an address starts the full app from here, as this module is imported: while the first
// module's own wasm is still being fetched and compiled, which the full app need not wait for.
// The first module then leaves the page to it (src/main.rs).
if (addressNeedsFullApp()) {
  prepareFullApp()
    .then((start) => start())
    .catch((error) => console.error(`the full app could not load (${error}): reload the page`));
}
