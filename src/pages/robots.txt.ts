import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots.ts';

/** robots.txt: everything may be crawled; the sitemap is named with the site's full URL and base. */
export const GET: APIRoute = ({ site }) =>
	new Response(robotsTxt(site, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
