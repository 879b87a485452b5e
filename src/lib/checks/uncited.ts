/**
 * The citation rule for prose, as a check: every sentence that states a fact cites a record.
 *
 * A sentence states a fact when its literal text holds a digit, a month name, or a place name from
 * the gazetteer (content/data/places.json, English name or alias). It cites a record when it holds
 * a <Num>, <Cite> or <When>, or is directly followed by a <Cite> (the house pattern puts the marker
 * after the full stop). A framing sentence that names a place or year without asserting anything
 * opts out with the marker {/* framing *\/} in MDX or <!-- framing --> in a page template, placed
 * inside the sentence. Text inside {expressions} in templates is data (including markup built in a
 * .map), and code samples (<pre>, <code>) are not prose; neither is checked here.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type UncitedSentence = { file: string; sentence: string };

/** Placeholders the prose is flattened to before splitting into sentences. */
const CITE = '\u27e6cite\u27e7';
const FRAMING = '\u27e6framing\u27e7';
const DATA = '\u27e6data\u27e7';
const CITING_COMPONENTS = new Set(['Num', 'Cite', 'When']);

const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The factual markers of a sentence: a digit, a month, or one of the gazetteer's names. */
export function factMarkers(placeNames: string[]): (sentence: string) => string[] {
  const names = [...new Set(placeNames)].sort((a, b) => b.length - a.length);
  const placePattern = names.length ? new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`) : undefined;
  return (sentence) => {
    const markers: string[] = [];
    const digit = sentence.match(/\d+/);
    if (digit) markers.push(`number "${digit[0]}"`);
    const month = sentence.match(MONTHS);
    if (month) markers.push(`date "${month[0]}"`);
    const place = placePattern ? sentence.match(placePattern) : null;
    if (place) markers.push(`place "${place[0]}"`);
    return markers;
  };
}

/** Splits flattened prose into sentences, keeping a trailing citation with the sentence it follows. */
export function splitSentences(paragraph: string): string[] {
  // Markers may follow the full stop directly or after a line break (templates wrap before a tag).
  const marks = `(?: ?(?:${CITE}|${DATA}))*`;
  return paragraph
    .replace(/\s+/g, ' ')
    .split(new RegExp(`(?<=[.!?]["”’)]?${marks}) (?=[A-Z"“‘(]|${FRAMING})`, 'u'))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The sentences of flattened paragraphs that state a fact and cite nothing. */
export function uncitedSentences(file: string, paragraphs: string[], placeNames: string[]): UncitedSentence[] {
  const markersOf = factMarkers(placeNames);
  const problems: UncitedSentence[] = [];
  for (const paragraph of paragraphs)
    for (const sentence of splitSentences(paragraph)) {
      if (sentence.includes(CITE) || sentence.includes(FRAMING)) continue;
      const literal = sentence.replaceAll(DATA, ' ');
      if (markersOf(literal).length > 0) problems.push({ file, sentence: literal.replace(/\s+/g, ' ').trim() });
    }
  return problems;
}

type MdNode = { type: string; value?: string; name?: string | null; children?: MdNode[] };

function flattenInline(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement')
    return CITING_COMPONENTS.has(node.name ?? '') ? CITE : (node.children ?? []).map(flattenInline).join('');
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression')
    return /^\s*\/\*\s*framing\s*\*\/\s*$/.test(node.value ?? '') ? FRAMING : DATA;
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(flattenInline).join('');
}

/** Every paragraph, heading and list item of an MDX document, flattened for the sentence check. */
export function mdxParagraphs(source: string): string[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdNode;
  const paragraphs: string[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      paragraphs.push(flattenInline(node));
      return;
    }
    (node.children ?? []).forEach(visit);
  };
  visit(tree);
  return paragraphs;
}

/** Removes balanced {…} expressions, leaving a placeholder so sentence boundaries survive. */
function replaceExpressions(template: string): string {
  let out = '';
  let depth = 0;
  for (const char of template) {
    if (char === '{') {
      if (depth === 0) out += DATA;
      depth += 1;
    } else if (char === '}' && depth > 0) depth -= 1;
    else if (depth === 0) out += char;
  }
  return out;
}

const BLOCK_TAGS =
  /<\/?(p|li|h[1-6]|dt|dd|td|th|caption|figcaption|summary|blockquote|ul|ol|dl|table|tr|section|div|header|footer|nav|main|article|aside|form|label|button|option|select|Fragment|slot)\b[^>]*>/gi;

/** The literal prose of an .astro template: text between tags, one entry per block element. */
export function templateParagraphs(source: string): string[] {
  const template = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--\s*framing\s*-->/g, FRAMING)
    .replace(/<!--[\s\S]*?-->/g, '');
  const flattened = replaceExpressions(
    template.replace(/<(Num|Cite|When)\b[^>]*\/>/g, CITE).replace(/<(Num|Cite|When)\b[\s\S]*?<\/\1>/g, CITE),
  )
    .replace(BLOCK_TAGS, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z]+;/g, ' ');
  return flattened
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
