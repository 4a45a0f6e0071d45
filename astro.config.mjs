// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// The public URL of the deployed site; canonical links and citation metadata use it.
// Set SITE_URL when building for a real host (see README, "Deploy").
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	trailingSlash: 'ignore',
	build: { format: 'directory' },
	// Astro 7's default Markdown processor ignores remark plugins; remark-gfm needs unified.
	// gfm: false stops GFM being registered twice (remark-gfm adds it). MDX inherits this.
	markdown: {
		processor: unified({ remarkPlugins: [remarkGfm], gfm: false }),
	},
	// English at the root, Japanese under /ja/. No fallback: a fallback page would be a
	// meta-refresh redirect (fails HTML validators); every Japanese page is written out.
	i18n: {
		defaultLocale: 'en',
		locales: ['en', 'ja'],
		routing: { prefixDefaultLocale: false },
	},
	integrations: [mdx()],
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
