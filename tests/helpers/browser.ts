import { existsSync } from 'node:fs';

/**
 * How tests launch Chromium: Debian's at /usr/bin/chromium (or CHROMIUM_PATH) where it is installed
 * (CI, this project's machines), with the flags a closed network needs; otherwise Playwright's own
 * browser (`npx playwright install chromium` on a laptop).
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const launchOptions = existsSync(systemChromium)
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
