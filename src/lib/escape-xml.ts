// Text placed in XML (feeds, the cards' SVG): the five characters XML reserves, as entities.
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

export const escapeXml = (text: string): string => text.replace(/[<>&'"]/g, (c) => ENTITIES[c]!);
