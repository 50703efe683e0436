// Writes a synthetic corpus: `count` articles of 2–4 KB into a folder, as files of the kinds a newsroom
// receives (mostly UTF-8 .txt, some with a BOM, CRLF line ends, NBSPs, Windows-1252 bytes; a few editors' .md
// with front-matter), plus manifest.json describing each article for checks at scale.
import fs from 'node:fs';
import path from 'node:path';
import { generateArticle } from './article.ts';
import { hex16, rngFor } from './random.ts';

export const GENERATOR_VERSION = 2;

export interface CorpusOptions {
  count: number;
  out: string;
  seed?: string;
}

export interface ManifestEntry {
  file: string;
  outlet: string;
  layout: string;
  topic: string;
  /** Index of the first article about the same event (articles sharing it belong to one story). */
  event: number;
  eventDate: string;
  dating: string;
  dated: boolean;
  author: string | null;
  speakers: string[];
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  crlf: boolean;
  bytes: number;
}

export interface Manifest {
  generator: number;
  seed: string;
  count: number;
  articles: ManifestEntry[];
}

/** The file name of article `index`, stable across corpus sizes: `00042_3fa2b1c9d0e1f2a3.txt`. */
export function fileName(seed: string, index: number, ext: string): string {
  return `${String(index).padStart(5, '0')}_${hex16(`${seed}:name:${index}`)}${ext}`;
}

const OWN_FILE = /^\d{5,}_[0-9a-f]{16}\.(?:txt|md)$/;

export function writeCorpus(options: CorpusOptions): Manifest {
  const seed = options.seed ?? '1';
  fs.mkdirSync(options.out, { recursive: true });
  const articles: ManifestEntry[] = [];
  const written = new Set<string>();
  for (let i = 0; i < options.count; i++) {
    const a = generateArticle(seed, i);
    const rng = rngFor(`${seed}:bytes:${i}`);
    const encoding = a.ext === '.md' ? 'utf-8' : rng.weighted<ManifestEntry['encoding']>([['utf-8', 94], ['utf-8-bom', 3], ['windows-1252', 3]]);
    const crlf = rng.chance(0.05);
    let text = a.text;
    if (rng.chance(0.05)) text = text.replace(/ (?=\(Reuters\)|\(AP\)|\(AFP\))/, '\u00a0');
    if (crlf) text = text.replace(/\n/g, '\r\n');
    const bytes = encode(text, encoding);
    const name = fileName(seed, i, a.ext);
    fs.writeFileSync(path.join(options.out, name), bytes);
    written.add(name);
    articles.push({
      file: name,
      outlet: a.outlet.name,
      layout: a.outlet.layout,
      topic: a.topic,
      event: a.event,
      eventDate: a.iso,
      dating: a.dating,
      dated: a.dated,
      author: a.author,
      speakers: a.speakers,
      encoding,
      crlf,
      bytes: bytes.length,
    });
  }
  // A smaller corpus written over a larger one must not leave the extra articles behind.
  for (const name of fs.readdirSync(options.out)) {
    if (OWN_FILE.test(name) && !written.has(name)) fs.rmSync(path.join(options.out, name));
  }
  const manifest: Manifest = { generator: GENERATOR_VERSION, seed, count: options.count, articles };
  fs.writeFileSync(path.join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

function encode(text: string, encoding: ManifestEntry['encoding']): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    out[n++] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (CP1252_EXTRA[ch] ?? 0x3f);
  }
  return out.subarray(0, n);
}
