// Reads what pages need from a parsed body, once: each sentence with the entity mentions in it (by offsets),
// and the front-matter's quotes and claims placed on the paragraph they stand in. A quote or claim that names
// its paragraph keeps it; otherwise it is found by its marked span or its text; one that cannot be found keeps
// paragraph null. Each marked span answers for one quote or claim only. Claims marked in the body but missing from the front-matter are added (holder unknown).
import type { RootContent } from 'mdast';
import { CLAIM_STANCES, type ArticleFrontMatter, type Claim, type Quote } from '../schema/article.ts';
import { splitSentences } from '../pipeline/split-sentences.ts';
import { attribute, type BodyTree } from './body-tree.ts';
import type { Annotations, PlacedClaim, PlacedQuote, Sentence } from './annotations.ts';

type Stance = (typeof CLAIM_STANCES)[number];
type Span =
  | { kind: 'entity'; start: number; end: number; id: string }
  | { kind: 'quote'; start: number; end: number }
  | { kind: 'claim'; start: number; end: number; stance: Stance };

export interface FlatBlock {
  paragraph: number;
  text: string;
  spans: Span[];
}

type Walkable = RootContent | { type: string; value?: string; children?: Walkable[] };

export function readAnnotations(body: BodyTree, data: Pick<ArticleFrontMatter, 'entities' | 'quotes' | 'claims'>): Annotations {
  const known = new Set(data.entities.map((e) => e.id));
  const blocks = body.blocks.map((node) => flattenBlock(node, body.blockNumber.get(node) ?? 0, known));
  return {
    blocks: blocks.length,
    sentences: blocks.flatMap(sentencesOf),
    quotes: placeQuotes(data.quotes, blocks),
    claims: placeClaims(data.claims, blocks),
  };
}

/** The plain text of a block, with the spans of the components that marked it. */
export function flattenBlock(node: RootContent, paragraph: number, known: Set<string>): FlatBlock {
  let text = '';
  const spans: Span[] = [];
  const walk = (n: Walkable): void => {
    if (n.type === 'text' || n.type === 'inlineCode') text += (n as { value: string }).value;
    else if (n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression') text += `{${(n as { value: string }).value}}`;
    else if (n.type === 'break') text += ' ';
    else if (n.type === 'paragraph' && text && !/\s$/.test(text)) text += ' ';
    if (n.type === 'mdxJsxTextElement') {
      const element = n as Extract<RootContent, { type: 'mdxJsxTextElement' }>;
      const start = text.length;
      element.children.forEach(walk);
      const end = text.length;
      if (end === start) return;
      if (element.name === 'Entity') {
        const id = attribute(element, 'id');
        if (id && known.has(id)) spans.push({ kind: 'entity', start, end, id });
      } else if (element.name === 'Quote') spans.push({ kind: 'quote', start, end });
      else if (element.name === 'Claim') {
        const stance = attribute(element, 'stance');
        if (isStance(stance)) spans.push({ kind: 'claim', start, end, stance });
      }
      return;
    }
    if ('children' in n && n.children) (n.children as Walkable[]).forEach(walk);
  };
  walk(node);
  return { paragraph, text, spans };
}

function sentencesOf(block: FlatBlock): Sentence[] {
  const entities = block.spans.filter((s): s is Extract<Span, { kind: 'entity' }> => s.kind === 'entity');
  return splitSentences(block.text)
    .map((s) => {
      const lead = s.text.length - s.text.trimStart().length;
      const start = s.start + lead;
      const text = s.text.trim();
      const mentions = entities
        .filter((e) => e.start >= start && e.start < start + text.length)
        .map((e) => ({ id: e.id, start: e.start - start, end: Math.min(e.end, start + text.length) - start }));
      return { paragraph: block.paragraph, text, mentions };
    })
    .filter((s) => s.text !== '');
}

function placeQuotes(quotes: Quote[], blocks: FlatBlock[]): PlacedQuote[] {
  const marked = spansOf(blocks, 'quote');
  return quotes.map((q) => {
    const found = locate(q.text, marked, blocks);
    return { ...q, paragraph: q.paragraph ?? found };
  });
}

function placeClaims(claims: Claim[], blocks: FlatBlock[]): PlacedClaim[] {
  const marked = spansOf(blocks, 'claim');
  const placed: PlacedClaim[] = claims.map((c) => {
    const found = locate(c.text, marked, blocks);
    return { ...c, paragraph: c.paragraph ?? found };
  });
  for (const span of marked) {
    if (span.used) continue;
    placed.push({ stance: span.stance!, holder: null, text: span.text, paragraph: span.paragraph });
  }
  return placed;
}

interface MarkedText {
  paragraph: number;
  text: string;
  stance?: Stance;
  used: boolean;
}

function spansOf(blocks: FlatBlock[], kind: 'quote' | 'claim'): MarkedText[] {
  return blocks.flatMap((b) =>
    b.spans
      .filter((s) => s.kind === kind)
      .map((s) => ({ paragraph: b.paragraph, text: b.text.slice(s.start, s.end), stance: s.kind === 'claim' ? s.stance : undefined, used: false })),
  );
}

/** The paragraph of the first unused marked span with the same words, else of the first block containing them. */
function locate(text: string, marked: MarkedText[], blocks: FlatBlock[]): number | null {
  const wanted = normalise(text);
  if (!wanted) return null;
  const span = marked.find((m) => !m.used && (normalise(m.text).includes(wanted) || wanted.includes(normalise(m.text))));
  if (span) {
    span.used = true;
    return span.paragraph;
  }
  return blocks.find((b) => normalise(b.text).includes(wanted))?.paragraph ?? null;
}

/** Words only: quotation marks, punctuation at the edges, case and spacing do not matter for placing text. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„"‘’'«»]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:!?…—–-]+|[\s,.;:!?…—–-]+$/g, '');
}

function isStance(value: string | null): value is Stance {
  return value !== null && (CLAIM_STANCES as readonly string[]).includes(value);
}
