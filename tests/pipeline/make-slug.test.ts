// Slugs in readable Latin whatever the script of the title, never digits alone, never from the input path.
import { describe, expect, it } from 'vitest';
import { readableSlug, slugify } from '../../src/pipeline/make-slug.ts';
import { runText } from './run-text.ts';
import { clusterStories } from '../../src/pipeline/cluster-stories.ts';
import { assignSlugs } from '../../src/pipeline/assign-slugs.ts';

describe('slugify', () => {
  it.each([
    ['Поставки Су-35 задерживаются до весны', 'postavki-su-35-zaderzhivayutsya-do-vesny'],
    ['Ракета «Искандер» прибыла', 'raketa-iskander-pribyla'],
    ['Drohnen für die Küste: Lieferung verzögert', 'drohnen-fur-die-kuste-lieferung-verzogert'],
    ['Iran’s drones reach the coast', 'irans-drones-reach-coast'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('writes Arabic, Persian and Devanagari titles in Latin letters', () => {
    for (const title of ['Делегація відвідала аеродром', 'وصول المقاتلات إلى طهران', 'پهپادها به ساحل رسیدند', 'नई मिसाइलें तट पर पहुंचीं']) {
      expect(slugify(title)).toMatch(/^[a-z][a-z0-9-]*[a-z0-9]$/);
    }
  });
});

describe('readableSlug', () => {
  it('refuses digits alone', () => {
    expect(readableSlug('35 / 2024')).toBeNull();
    expect(readableSlug('Су-35')).toBe('su-35');
  });
});

describe('an article slug and its story id', () => {
  const draftOf = (text: string, name: string) => runText(text, {}, name);

  it('come from the first sentence when the title has no letter, never from the input path', () => {
    const draft = draftOf('2024\n\nЗенитные комплексы прибыли на побережье в понедельник, сообщило министерство.\n', 'seeds/0042_ab12.txt');
    expect(draft.slug).toMatch(/^[a-z]/);
    expect(draft.slug).not.toMatch(/0042|ab12|^article$/);
    assignSlugs([draft]);
    clusterStories([draft]);
    expect(draft.story).toBe(draft.slug);
    expect(draft.story).toMatch(/[a-z]/);
  });

  it('are readable Latin for a Persian article', () => {
    const draft = draftOf('وزارت دفاع روز دوشنبه اعلام کرد که سامانه‌های پدافند هوایی جدید تا بهار به ساحل می‌رسند.\n', 'seeds/7.txt');
    expect(draft.slug).toMatch(/^[a-z][a-z0-9-]+$/);
  });
});

describe('a slug in a script without short vowels', () => {
  it('writes the entities the title names by their canonical names', () => {
    const draft = runText('روسيا تسلم إيران مقاتلات جديدة\n\nقالت مصادر إن روسيا ستسلم إيران مقاتلات جديدة خلال الشهر المقبل، وإن الصفقة تشمل مروحيات أيضا.\n', {}, 'seeds/ar.txt');
    expect(draft.slug).toMatch(/^russia-[a-z0-9-]*iran-/);
  });
});
