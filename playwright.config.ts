import { defineConfig } from '@playwright/test';

// The e2e suite runs against the release build in dist/, served from a subfolder
// (/news/rassegna/) to prove that the app works wherever a static host puts it. The debug build
// in dist-debug/ is served beside it for what only debug builds can do (the failure drill).
const port = 8081;
export const debugPort = 8082;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/artifacts/results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/news/rassegna/`,
    locale: 'it-IT',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: [
    {
      command: `node e2e/serve.mjs ${port} /news/rassegna/`,
      url: `http://127.0.0.1:${port}/news/rassegna/`,
      reuseExistingServer: false,
    },
    {
      command: `node e2e/serve.mjs ${debugPort} /news/rassegna/ dist-debug`,
      url: `http://127.0.0.1:${debugPort}/news/rassegna/`,
      reuseExistingServer: false,
    },
  ],
});
