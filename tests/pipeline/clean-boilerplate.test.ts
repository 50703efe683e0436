import { describe, expect, it } from 'vitest';
import { runText } from './run-text.ts';

const lead = 'Iran said on Monday that it had delivered no drones to Russia since the war in Ukraine began, state media reported.';

describe('cleaning', () => {
  it('drops a teaser line ending in an ellipsis and records it', () => {
    const d = runText(`${lead}\nGunmen kill four soldiers in an ambush near the border…`);
    expect(d.removed.map((r) => [r.text, r.rule])).toEqual([['Gunmen kill four soldiers in an ambush near the border…', 'teaser']]);
    expect(d.blocks.map((b) => b.text)).toEqual([lead]);
  });

  it('drops a "Related" heading with the links under it, and nothing after the list', () => {
    const d = runText(`${lead}\n\nRelated stories\nIran unveils new drone\nRussia fires missiles at Kyiv\n\nThe ministry gave no further details.`);
    expect(d.removed.map((r) => r.text)).toEqual(['Related stories', 'Iran unveils new drone', 'Russia fires missiles at Kyiv']);
    expect(d.blocks.map((b) => b.text)).toContain('The ministry gave no further details.');
  });

  it('takes a byline and a dateline off the text as author, agency and place', () => {
    const d = runText(`By Jane Doe\n\nTEHRAN, Jan 9 (Reuters) - ${lead}`);
    expect([d.author, d.agency, d.dateline?.place]).toEqual(['Jane Doe', 'Reuters', 'Tehran']);
    expect(d.blocks[0]!.text).toBe(lead);
  });

  it('keeps a lone short last line (a sign-off) but removes a run of navigation links', () => {
    expect(runText(`${lead}\n\nEnd of statement`).blocks.map((b) => b.text)).toContain('End of statement');
    const d = runText(`${lead}\n\nHome\nWorld\nContact us`);
    expect(d.removed.map((r) => r.text)).toEqual(['Home', 'World', 'Contact us']);
  });
});
