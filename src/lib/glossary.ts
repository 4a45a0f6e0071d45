import type { Glossary } from '../schemas/glossary.ts';

/** One Japanese text of the site and where it is written (for the message). */
export interface JapaneseText {
	/** The file, relative to the project root. */
	file: string;
	/** The field ("[dlt].ja.definition"), line ("line 12") or key of the text. */
	where: string;
	text: string;
	/** Prose written in sentences (checked for polite style); labels and table cells are not. */
	prose: boolean;
}

/** A text that breaks the glossary or the style rule. */
export interface GlossaryFinding {
	file: string;
	where: string;
	message: string;
}

/** Up to `n` characters either side of a match, for the message. */
function around(text: string, index: number, length: number, n = 20): string {
	const start = Math.max(0, index - n);
	const end = Math.min(text.length, index + length + n);
	return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * Every use of a variant the glossary says to avoid, with the preferred term to write instead.
 * e.g. a note with 「再発または治療抵抗性」 → "uses 再発または治療抵抗性 …; write 再発・難治性 (relapsed or refractory (R/R))"
 */
export function glossaryFindings(glossary: Glossary, texts: JapaneseText[]): GlossaryFinding[] {
	const findings: GlossaryFinding[] = [];
	for (const t of texts) {
		for (const term of glossary.terms) {
			for (const variant of term.avoid) {
				let from = 0;
				for (;;) {
					const i = t.text.indexOf(variant, from);
					if (i < 0) break;
					findings.push({
						file: t.file,
						where: t.where,
						message: `uses 「${variant}」 in 「${around(t.text, i, variant.length)}」: write 「${term.preferred}」 (${term.concept})`,
					});
					from = i + variant.length;
				}
			}
		}
	}
	return findings;
}

/** Sentence endings of the polite style (です/ます and their forms). */
const POLITE = /(です|ます|でした|ました|ません|ませんでした|でしょう|ください)$/;
/**
 * Endings of the plain style: である/だ, a plain negative, a plain past, or a verb's dictionary form
 * (…る, …く, …す, …む, …う, …つ, …ぶ, …ぐ, …ぬ). A sentence that ends in a noun (体言止め) matches neither.
 */
const PLAIN = /(である|だ|ない|なかった|[いきぎしちにびみりっえけげせてねべめれ]た|だった|[うくぐすつぬぶむる])$/;

/** The end of a sentence without closing brackets, quotes and a trailing parenthesis such as （S16、方法の項）. */
function sentenceCore(sentence: string): string {
	let s = sentence.trim();
	for (;;) {
		const before = s;
		s = s.replace(/[」』"'*_\s]+$/u, '');
		s = s.replace(/（[^（）]*）$/u, '').replace(/\([^()]*\)$/u, '');
		if (s === before) return s;
	}
}

/**
 * Sentences of Japanese prose that end in the plain style (である, …ない, …した) instead of です/ます:
 * the site writes its prose politely and must not mix the two in one note.
 * e.g. "抄録には記載がない。" → a finding; "抄録には記載がありません。" and "予定用量の評価。" → none.
 */
export function plainStyleFindings(texts: JapaneseText[]): GlossaryFinding[] {
	const findings: GlossaryFinding[] = [];
	for (const t of texts) {
		if (!t.prose) continue;
		for (const sentence of t.text.split('。').slice(0, -1)) {
			const core = sentenceCore(sentence);
			if (core === '' || POLITE.test(core) || !PLAIN.test(core)) continue;
			findings.push({
				file: t.file,
				where: t.where,
				message: `ends a sentence in the plain style: 「${around(sentence, sentence.length, 0, 30)}。」: write it with です/ます`,
			});
		}
	}
	return findings;
}

/** A finding as one line: "file: where: message". */
export const findingLine = (f: GlossaryFinding) => `${f.file}: ${f.where}: ${f.message}`;
