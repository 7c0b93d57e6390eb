// Serves a build (dist/ unless told) under a path prefix on loopback, like a static host serving
// a subfolder. Usage: node e2e/serve.mjs PORT PREFIX [DIR]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [port = '8081', prefix = '/', dir = 'dist'] = process.argv.slice(2);
const root = new URL(`../${dir}/`, import.meta.url).pathname;
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
};

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  if (!path.startsWith(prefix)) {
    response.writeHead(404).end('outside the app folder');
    return;
  }
  let file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  if (file.endsWith('/')) file += 'index.html';
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`serving dist/ at http://127.0.0.1:${port}${prefix}`));
