/**
 * The file name of a page's screenshot: page, language, width, colour scheme, so that a folder
 * listing puts each page's versions together ("endpoints.ja.390.dark.png"). "/" is "index", a
 * publication page "publications-kiyoi-2020", "/404.html" is "404"; a first path segment that is
 * a language prefix (ja) is the language, otherwise the language is English.
 */
export function screenshotName(path: string, width: number, scheme: 'light' | 'dark', languages: readonly string[] = ['ja']): string {
	const parts = path
		.replace(/\.html$/, '')
		.split('/')
		.filter(Boolean);
	const lang = parts[0] && languages.includes(parts[0]) ? parts.shift()! : 'en';
	return `${parts.join('-') || 'index'}.${lang}.${width}.${scheme}.png`;
}
