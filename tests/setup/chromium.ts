import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright';

// How every browser test launches Chromium: Debian's where it is installed (CI, this project's
// machines; `CHROMIUM_PATH` names another), otherwise Playwright's own browser
// (`npx playwright install chromium` on a laptop). Used by tests/playwright.config.ts and by the
// site walks in tests/walk/, so both run the same browser with the same flags.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchOptions: LaunchOptions = existsSync(systemChromium)
	? {
			executablePath: systemChromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		}
	: {};

/** The port of the preview server the browser tests use (set PREVIEW_PORT to run beside someone else's). */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4321);
