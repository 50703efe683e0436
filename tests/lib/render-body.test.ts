// The article body as HTML: anchors on every block, entity mentions linking to their pages with a preview the
// link is described by, quotations credited to their speaker, claims with their stance written out.
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as toText } from 'hast-util-to-string';
import { renderBody } from '../../src/loaders/render-body.ts';

const BODY = [
  'The <Entity id="john-kirby">Kirby</Entity> remarks.',
  '<Caption>\n  A photo of <Entity id="s-400">S-400</Entity>.\n</Caption>',
  '<Quote speaker="John Kirby" speakerId="john-kirby">“support is flowing both ways”</Quote>, he said.',
  'Moscow <Claim stance="deny">denied any transfer</Claim>, and <Entity id="nobody">Nobody</Entity> spoke.',
].join('\n\n');
const ENTITIES = [
  { id: 'john-kirby', name: 'John Kirby', type: 'person' as const, role: 'NSC spokesman', description: 'Spokesman of the US National Security Council.' },
  { id: 's-400', name: 'S-400', type: 'system' as const },
];
const tree = fromHtml(renderBody(BODY, { base: '/sitrep/', entities: ENTITIES }), { fragment: true });

describe('renderBody', () => {
  it('numbers every block, captions included, as #p<N>', () => {
    expect(selectAll('[id^=p]', tree).map((e) => `${e.tagName}#${e.properties.id}`)).toEqual(['p#p1', 'figure#p2', 'p#p3', 'p#p4']);
  });

  it('links a mention to its entity page under the base path, described by its preview', () => {
    const link = select('#p1 a.entity', tree)!;
    expect(link.properties.href).toBe('/sitrep/entities/john-kirby/');
    const tip = select(`#${String(link.properties.ariaDescribedBy)}`, tree)!;
    expect(tip.properties.role).toBe('tooltip');
    expect(toText(tip)).toBe('John KirbyPerson · NSC spokesmanSpokesman of the US National Security Council.');
    expect(select('#p2 a.entity-system', tree)?.properties.href).toBe('/sitrep/entities/s-400/');
  });

  it('gives each preview its own id', () => {
    const ids = selectAll('.mention-preview', tree).map((e) => e.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(2);
  });

  it('leaves a mention of an entity the article does not list as plain text', () => {
    expect(toText(select('#p4', tree)!)).toContain('Nobody spoke');
    expect(selectAll('#p4 a', tree)).toHaveLength(0);
  });

  it('credits a quotation to its speaker, linked when the speaker has a page', () => {
    const quote = select('#p3 .quote', tree)!;
    expect(quote.properties.dataSpeaker).toBe('John Kirby');
    expect(select('.quote-speaker a', quote)?.properties.href).toBe('/sitrep/entities/john-kirby/');
  });

  it('writes out the stance of a claim', () => {
    const claim = select('#p4 .claim', tree)!;
    expect(claim.properties.className).toEqual(['claim', 'claim-deny']);
    expect(toText(select('.claim-label', claim)!)).toBe('Denial');
  });
});
