// The preview card beside each entity mention in an article body: name, kind and role, and the editors'
// description when the gazetteer has one. CSS shows it on hover and on keyboard focus of the mention (no JS);
// the link points at it with aria-describedby, so screen readers announce the same facts.
import type { Element, ElementContent } from 'hast';
import type { EntityType } from '../schema/article.ts';

export interface PreviewEntity {
  name: string;
  type: EntityType;
  role?: string;
  description?: string;
}

export const KIND: Record<EntityType, string> = { person: 'Person', organization: 'Organization', place: 'Place', system: 'Weapon system' };
/** Long descriptions are cut at a sentence (or word) boundary so the card stays small. */
const MAX_DESCRIPTION = 180;

export function entityPreview(entity: PreviewEntity, id: string): Element {
  const children: ElementContent[] = [
    span('preview-name', entity.name),
    span('preview-kind', [KIND[entity.type], entity.role].filter(Boolean).join(' · ')),
  ];
  if (entity.description) children.push(span('preview-description', shorten(entity.description)));
  return { type: 'element', tagName: 'span', properties: { className: ['mention-preview'], role: 'tooltip', id, dataPagefindIgnore: '' }, children };
}

export function shorten(text: string, max = MAX_DESCRIPTION): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > max / 2) return cut.slice(0, sentence + 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function span(className: string, value: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className] }, children: [{ type: 'text', value }] };
}
