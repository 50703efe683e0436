// The elements the emitter (src/pipeline/emit-mdx.ts) writes into a generated article, each with the
// attributes it may carry. The guard refuses anything else; src/components/mdx/ has one component for each
// (plus the attributes remark-anchors adds after the guard: Entity's tip, Caption's anchor).
export const ALLOWED_ELEMENTS: Readonly<Record<string, ReadonlySet<string>>> = {
  Entity: new Set(['id']),
  Quote: new Set(['speaker', 'speakerId']),
  Claim: new Set(['stance', 'holder']),
  Caption: new Set(),
};
