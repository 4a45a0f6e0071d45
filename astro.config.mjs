// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import pagefind from 'astro-pagefind';

// The public URL of the deployed site; canonical links and citation metadata use it.
// Set SITE_URL when building for a real host (see README, "Deploy").
const site = process.env.SITE_URL ?? 'http://localhost:4321';

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
		defaultLocale: 'en',
		locales: ['en', 'ja'],
		routing: { prefixDefaultLocale: false },
	},
	integrations: [
		mdx(),
		// Full-text index of dist/ after the build (pages mark their text with data-pagefind-body;
		// each page is indexed under its <html lang>).
		pagefind(),
		// sitemap-index.xml + sitemap-0.xml; status pages (404) are left out by the integration,
		// the search page by this filter. `i18n` adds hreflang alternates between a page and its
		// Japanese version under /ja/.
		sitemap({
			filter: (url) => !new URL(url).pathname.endsWith('/search/'),
			i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
		}),
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
