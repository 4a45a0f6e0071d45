import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/gates/**/*.test.ts'],
		// Integration tests run real builds; give them room on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 120_000,
	},
});
