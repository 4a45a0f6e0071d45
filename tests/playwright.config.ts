import { defineConfig, devices } from '@playwright/test';
import { PREVIEW_PORT, launchOptions } from './setup/chromium.ts';

// Browser tests per template and per behaviour (see README, "Tests"). Checks that only read HTML
// run over dist/ in tests/gates/; axe on every page runs in `npm run test:a11y:all`.
export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
		launchOptions,
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
	webServer: {
		// Serves the already-built dist/ (npm test builds first).
		command: `npm run preview -- --host 127.0.0.1 --port ${PREVIEW_PORT}`,
		url: `http://127.0.0.1:${PREVIEW_PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
