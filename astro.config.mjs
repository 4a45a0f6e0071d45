// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import pagefind from 'astro-pagefind';
import { atomicOutput, contentGate, publicAddress } from './src/integrations/fail-closed.ts';
import { devOnly, searchIndex } from './src/integrations/search-index.ts';
import { DEFAULT_LANG, LANGS } from './src/i18n/index.ts';

// dist/ is written to a staging folder and published only when the whole build succeeded (the
// search index and, with a public address, the sitemap included). See src/integrations/fail-closed.ts.
const output = atomicOutput((site) => ['index.html', 'pagefind/pagefind.js', ...(site ? ['sitemap-index.xml'] : [])]);

// The public URL of the deployed site; canonical links, sharing images, the sitemap and citation
// metadata use it. Without SITE_URL the build writes no absolute address at all (and says what it
// left out): never a localhost address that could be deployed by mistake. See README, "Deploying".
const site = process.env.SITE_URL || undefined;

export default defineConfig({
	site,
	trailingSlash: 'ignore',
	build: { format: 'directory' },
	// Content-Security-Policy as a <meta> in every page: Astro hashes the scripts and styles it
	// bundles, so no 'unsafe-inline' is needed. Inline `style="…"` and `<script is:inline>` are
	// therefore blocked by the browser: use classes and bundled <script>s.
	// The same policy (plus what only a header can say) is in public/_headers; a test keeps them in step.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind's search code is WebAssembly, which a Content-Security-Policy blocks unless
			// script-src allows 'wasm-unsafe-eval' (this does not allow eval() of JavaScript).
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// Astro 7's default Markdown processor ignores remark plugins; remark-gfm needs unified.
	// gfm: false stops GFM being registered twice (remark-gfm adds it). MDX inherits this.
	markdown: {
		processor: unified({ remarkPlugins: [remarkGfm], gfm: false }),
		// Shiki colours code with style="…" attributes, which the CSP blocks; Prism uses classes.
		syntaxHighlight: 'prism',
	},
	// English at the root, Japanese under /ja/. No fallback: a fallback page would be a
	// meta-refresh redirect (fails HTML validators); every Japanese page is written out.
	i18n: {
		defaultLocale: DEFAULT_LANG,
		locales: LANGS,
		routing: { prefixDefaultLocale: false },
	},
	integrations: [
		// First: the previous dist/ is removed, then every content file is read and checked in one
		// pass before anything is synced or rendered.
		output.begin,
		contentGate(),
		publicAddress(),
		mdx(),
		// Full-text index of dist/ after the build (pages mark their text with data-pagefind-body;
		// each page is indexed under its <html lang>), read with a space between elements
		// (src/integrations/search-index.ts); astro-pagefind only serves it to the dev server.
		devOnly(pagefind()),
		searchIndex(),
		// sitemap-index.xml + sitemap-0.xml; status pages (404) are left out by the integration,
		// the search page by this filter. `i18n` adds hreflang alternates between a page and its
		// Japanese version under /ja/.
		sitemap({
			filter: (url) => !new URL(url).pathname.endsWith('/search/'),
			i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((lang) => [lang, lang])) },
		}),
		// Last: publishes dist/ only when everything above succeeded.
		output.publish,
	],
	vite: {
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// Each MDX entry triggers a harmless "use astro:head-inject" directive warning.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
