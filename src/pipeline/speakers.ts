// Turns the subject of an attribution into a speaker as a reader would name them, remembering the article so
// far: "he"/"she" is whoever spoke last (else the person named last), "the official" is the official
// introduced earlier ("an unnamed US official"), "the ministry" the ministry named earlier.
import type { Knowledge } from './load-knowledge.ts';
import { cues, type Cues } from './language.ts';
import { tokenize } from './tokens.ts';
import type { ArticleEntity } from '../schema/article.ts';
import type { Subject } from './attribution.ts';
import type { Draft } from './types.ts';

export interface Speaker {
  /** Full name, a description ("an unnamed US official"), or null. */
  name: string | null;
  id?: string;
  /** The subject is a news outlet reporting the words, not their speaker. */
  outlet?: boolean;
}

/** How many blocks back "he" may reach for the last person who spoke. */
const PRONOUN_REACH = 3;

export class Speakers {
  private readonly draft: Draft;
  private readonly entities: Map<string, ArticleEntity>;
  private readonly outlets: Set<string>;
  /** Who spoke last (a person or a description), for "he" and "she". */
  private last: { speaker: Speaker; block: number } | null = null;
  private readonly introduced: Array<{ text: string; head: string }> = [];
  private readonly cues: Cues;
  /** Outlet names as written ("Sputnik", "Bloomberg"), with the outlet each stands for. */
  private readonly outletNames: Array<{ written: string; name: string }>;

  constructor(draft: Draft, knowledge: Knowledge) {
    this.draft = draft;
    this.entities = new Map(draft.entities.map((e) => [e.id, e]));
    const sources = [...knowledge.sources.outlets, ...knowledge.sources.agencies];
    this.outlets = new Set(sources.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.toLowerCase()));
    this.outletNames = sources.flatMap((o) => [o.name, ...o.aliases].map((written) => ({ written, name: o.name })));
    this.cues = cues(knowledge);
  }

  resolve(subject: Subject | null, block: number, offset: number): Speaker {
    if (!subject) return { name: null };
    if (subject.kind === 'entity') {
      const entity = this.entities.get(subject.id);
      if (!entity) return { name: null };
      const speaker = { name: entity.name, id: entity.id, outlet: subject.reported === true || this.outlets.has(entity.name.toLowerCase()) };
      if (entity.type === 'person') this.spoke(speaker, block);
      return speaker;
    }
    if (subject.kind === 'pronoun') {
      if (subject.word !== 'he' && subject.word !== 'she') return { name: null };
      return this.pronoun(block, offset);
    }
    const text = lowerArticle(subject.text);
    if (subject.reported || this.outlets.has(subject.text.toLowerCase().replace(/^the\s+/, ''))) return { name: subject.text, outlet: true };
    // "the Russian news agency", "the Sputnik news agency": an outlet reports, it is the one named last.
    const reporter = this.reporter(subject.text, block, offset);
    if (reporter) return reporter;
    // "the statement said": the words of whoever issued it, the party that spoke last.
    if (this.cues.statementNouns.has(subject.head)) return /^(?:the|its|their)\s/i.test(subject.text) && this.last ? this.last.speaker : { name: null };
    const known = DEFINITE.test(subject.text) ? (this.definite(subject.head) ?? this.referent(subject, block, offset)) : null;
    const speaker = known ?? { name: text };
    // A first mention introduces its referent, "a senior official" or "the Telegram channel of the city's
    // administration" alike, for a later "the official", "the channel".
    if (!known) this.introduced.push({ text, head: subject.head });
    this.spoke(speaker, block);
    return speaker;
  }

  /**
   * "our coach", "the Slovenian", "the Iranian diplomat" with nobody so introduced: a role noun or a nationality
   * stands for a person, the one the article is talking about (as "he" would).
   */
  private referent(subject: { text: string; head: string }, block: number, offset: number): Speaker | null {
    const words = subject.text.split(/\s+/).slice(1);
    const last = words[words.length - 1]!;
    // Only a bare description: "the head of the KMVA Timur Tkachenko" names its own person.
    const nationalityWord = (w: string): boolean => /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ard)$/u.test(w);
    if (words.length > 3 || !words.every((w) => /^\p{Ll}/u.test(w) || nationalityWord(w))) return null;
    if (!this.cues.roles.has(last.toLowerCase()) && !(words.length === 1 && nationalityWord(last))) return null;
    // The person this paragraph or the one before is about; no further, lest a new person take an old name.
    // Whoever spoke last fits if named ("Felipe said …") or described alike; "two diplomats" are no governor.
    const fits = (s: Speaker): boolean => !!s.id || /^(?:\p{Lu}[\p{L}.'’-]*\s?)+$/u.test(s.name ?? '') || (s.name ?? '').endsWith(` ${subject.head}`);
    if (this.last && this.last.block === block && fits(this.last.speaker)) return this.last.speaker;
    const here = this.personIn(block, offset);
    if (here) return here;
    if (this.last && this.last.block === block - 1 && fits(this.last.speaker)) return this.last.speaker;
    return block > 0 ? this.personIn(block - 1, Infinity) : null;
  }

  /** An outlet the phrase names, or the one named last before it when the phrase's head is a reporter noun. */
  private reporter(text: string, block: number, offset: number): Speaker | null {
    const named = this.outletNames.find((o) => containsWord(text, o.written));
    if (named) return { name: named.name, outlet: true };
    const tokens = tokenize(text);
    const n = tokens.length;
    if (n === 0 || Math.max(this.cues.reporterNouns.endingAt(tokens, n - 1), 0) === 0) return null;
    // The outlet named last before this point in the article.
    for (let b = block; b >= 0; b--) {
      const before = b === block ? this.draft.blocks[b]!.text.slice(0, offset) : this.draft.blocks[b]!.text;
      let best: { at: number; name: string } | null = null;
      for (const o of this.outletNames) {
        const at = lastWordIndex(before, o.written);
        if (at >= 0 && (!best || at > best.at)) best = { at, name: o.name };
      }
      if (best) return { name: best.name, outlet: true };
    }
    return { name: lowerArticle(text), outlet: true };
  }

  /** Records who spoke, so that a later "he" or "she" can refer to them. */
  spoke(speaker: Speaker, block: number): void {
    if (speaker.name && !speaker.outlet) this.last = { speaker, block };
  }

  /**
   * "he said": whoever spoke last in this paragraph; else the person named last before it in this paragraph;
   * else the person named last in the paragraph before when nobody spoke there; else whoever spoke last a
   * few paragraphs back; else the person named in the paragraph before.
   */
  private pronoun(block: number, offset: number): Speaker {
    if (this.last && this.last.block === block) return this.last.speaker;
    const here = this.personIn(block, offset);
    if (here) return here;
    // A paragraph between that names a person and has nobody speak moves the topic to that person
    // ("Kanwar asked Chen … / Chen balked at the number. / “…,” he said": Chen).
    const before = block > 0 ? this.personIn(block - 1, Infinity) : null;
    if (before && this.last && this.last.block < block - 1) return before;
    if (this.last && block - this.last.block <= PRONOUN_REACH) return this.last.speaker;
    return before ?? { name: null };
  }

  /**
   * "the official": the description with the same head introduced before; else a person whose role has that
   * word ("the spokesman"); else an organization so named ("the ministry").
   */
  private definite(head: string): Speaker | null {
    for (let i = this.introduced.length - 1; i >= 0; i--) {
      if (this.introduced[i]!.head === head) return { name: this.introduced[i]!.text };
    }
    const words = (text: string | undefined): string[] => (text ?? '').toLowerCase().split(/[\s,]+/);
    const entities = [...this.entities.values()];
    const person = entities.find((e) => e.type === 'person' && words(e.role).includes(head));
    if (person) return { name: person.name, id: person.id };
    const org = entities.find((e) => e.type === 'organization' && words(e.name).includes(head));
    return org ? { name: org.name, id: org.id } : null;
  }

  /** The person mentioned last before an offset in a block. */
  private personIn(block: number, offset: number): Speaker | null {
    let found: Speaker | null = null;
    for (const s of this.draft.blocks[block]!.spans) {
      if (s.kind !== 'entity' || s.end > offset) continue;
      const e = this.entities.get(s.id);
      if (e?.type === 'person') found = { name: e.name, id: e.id };
    }
    return found;
  }
}

/** Determiners that point back to someone already met: "the official", "our coach", "his spokesman". */
const DEFINITE = /^(?:the|our|his|her|their|its)\s/i;

function containsWord(text: string, word: string): boolean {
  return lastWordIndex(text, word) >= 0;
}

/** Offset of the last occurrence of `word` in `text` on word boundaries (case kept: outlets are names), or -1. */
function lastWordIndex(text: string, word: string): number {
  for (let at = text.lastIndexOf(word); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(word, at - 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))) return at;
  }
  return -1;
}

function lowerArticle(text: string): string {
  return text.replace(/^(?:The|A|An|One|Another|Our|His|Her|Their|Its)\b/, (w) => w.toLowerCase());
}
