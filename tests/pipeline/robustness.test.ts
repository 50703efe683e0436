// Whatever the text, ingestion finishes: no transform throws (which would lose the article), every block
// keeps its text, and spans stay inside their block.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runText } from './run-text.ts';

const FRAGMENTS = [
  'Iran said', '“', '”', '"', ',', '.', ' ', '\n', '\n\n', 'By Jane Doe', 'TEHRAN (AP) —', '© 2023', 'Gen.', 'Mr.',
  'Lieutenant General Alexus Grynkewich', 'Grynkewich’s', 'he said', 'the official said', 'according to', 'S-400',
  'Shahed-136', 'drones', 'Wednesday, September 20', 'Related Articles', 'Read more:', '…', 'al-Assad', 'U.S.',
  'denied', 'accused', 'was accused by', 'neither confirmed nor denied', '{', '<', 'import x', '1.', '###', '»',
];

describe('robustness', () => {
  it('never fails an article, whatever its text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 60 }), (parts) => {
        const draft = runText(parts.join(' '));
        const errors = draft.file.messages.filter((m) => m.fatal && /internal error/.test(m.reason));
        expect(errors.map((m) => m.reason)).toEqual([]);
        for (const block of draft.blocks) {
          for (const span of block.spans) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(block.text.length);
            expect(span.start).toBeLessThan(span.end);
          }
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
