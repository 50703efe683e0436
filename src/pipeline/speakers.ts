// Turns the subject of an attribution into a speaker as a reader would name them, remembering the article so
// far: "he"/"she" is whoever spoke last (else the person named last), "the official" is the official
// introduced earlier ("an unnamed US official"), "the ministry" the ministry named earlier.
import type { Knowledge } from './load-knowledge.ts';
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

  constructor(draft: Draft, knowledge: Knowledge) {
    this.draft = draft;
    this.entities = new Map(draft.entities.map((e) => [e.id, e]));
    const sources = [...knowledge.sources.outlets, ...knowledge.sources.agencies];
    this.outlets = new Set(sources.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.toLowerCase()));
  }

  resolve(subject: Subject | null, block: number, offset: number): Speaker {
    if (!subject) return { name: null };
    if (subject.kind === 'entity') {
      const entity = this.entities.get(subject.id);
      if (!entity) return { name: null };
      const speaker = { name: entity.name, id: entity.id, outlet: this.outlets.has(entity.name.toLowerCase()) };
      if (entity.type === 'person') this.spoke(speaker, block);
      return speaker;
    }
    if (subject.kind === 'pronoun') {
      if (subject.word !== 'he' && subject.word !== 'she') return { name: null };
      return this.pronoun(block, offset);
    }
    const text = lowerArticle(subject.text);
    if (this.outlets.has(subject.text.toLowerCase().replace(/^the\s+/, ''))) return { name: subject.text, outlet: true };
    const speaker = /^the\s/i.test(subject.text) ? (this.definite(subject.head) ?? { name: text }) : { name: text };
    if (!/^the\s/i.test(subject.text)) this.introduced.push({ text, head: subject.head });
    this.spoke(speaker, block);
    return speaker;
  }

  /** Records who spoke, so that a later "he" or "she" can refer to them. */
  spoke(speaker: Speaker, block: number): void {
    if (speaker.name && !speaker.outlet) this.last = { speaker, block };
  }

  /**
   * "he said": whoever spoke last in this paragraph; else the person named last before it in this paragraph;
   * else whoever spoke last a few paragraphs back; else the person named last in the paragraph before.
   */
  private pronoun(block: number, offset: number): Speaker {
    if (this.last && this.last.block === block) return this.last.speaker;
    const here = this.personIn(block, offset);
    if (here) return here;
    if (this.last && block - this.last.block <= PRONOUN_REACH) return this.last.speaker;
    return (block > 0 ? this.personIn(block - 1, Infinity) : null) ?? { name: null };
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

function lowerArticle(text: string): string {
  return text.replace(/^(?:The|A|An|One|Another)\b/, (w) => w.toLowerCase());
}
