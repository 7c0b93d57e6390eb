// Fetches and compiles the full app (the `reviews` build in dist/full/, written by
// scripts/full-app.sh) and resolves to the function that starts it: its main() mounts it on the
// page. Nothing starts before both files are in, so a failed load leaves the page as it was.
// Relative to the page, so the app works from any folder of any static host.
export async function prepareFullApp() {
  const folder = new URL('full/', document.baseURI);
  const [module, wasm] = await Promise.all([
    import(new URL('rassegna-full.js', folder).href),
    fetch(new URL('rassegna-full_bg.wasm', folder))
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((bytes) => WebAssembly.compile(bytes)),
  ]);
  return () => module.default({ module_or_path: wasm });
}
