// Speakers of quotations in scripts without capitals (Arabic verb first, Persian verb last): the known person
// the quotation's sentence names outside it, when the sentence has a speech verb of the language. Sentences
// written for this test.
import { describe, expect, it } from 'vitest';
import { caseless } from '../../src/pipeline/caseless-speaker.ts';
import { runText } from './run-text.ts';

const speakerOf = (text: string) => runText(`${text}\n`).quotes.map((q) => q.speakerId ?? null);

describe('speakers in scripts without capitals', () => {
  it.each([
    ['Arabic, verb first, before the quotation', 'طهران، 12 مارس 2024 - قال الرئيس الروسي فلاديمير بوتين يوم الثلاثاء: "إن تعاوننا العسكري مع إيران ليس موجها ضد أي دولة ثالثة".'],
    ['Arabic, after the quotation', 'موسكو، 12 مارس 2024 - "إن تعاوننا العسكري مع إيران ليس موجها ضد أي دولة ثالثة"، قال بوتين للصحفيين يوم الثلاثاء.'],
    ['Persian, verb last', 'تهران، ۲۲ اسفند ۱۴۰۲ - ولادیمیر پوتین رئیس جمهور روسیه روز سه‌شنبه گفت: «همکاری نظامی ما با ایران علیه هیچ کشور ثالثی نیست.»'],
  ])('%s', (_, text) => expect(speakerOf(text)).toEqual(['vladimir-putin']));

  it('gives nobody when the sentence has no speech verb', () => {
    expect(speakerOf('موسكو، 12 مارس 2024 - بوتين في الكرملين، و"إن تعاوننا العسكري مع إيران ليس موجها ضد أي دولة ثالثة" على اللافتة.')).toEqual([null]);
  });

  it('does not take "رئیس جمهور" (president) for Raisi, whose surname ends like a suffix', () => {
    expect(runText('تهران، ۲۲ اسفند ۱۴۰۲ - رئیس جمهور روسیه روز سه‌شنبه به تهران سفر کرد و با مقامات ایرانی دیدار کرد.\n').entities.map((e) => e.id)).not.toContain('ebrahim-raisi');
  });

  it('reads Arabic and Persian as caseless, Russian and English as cased', () => {
    expect(['قال بوتين', 'پوتین گفت', 'Путин заявил', 'Putin said'].map(caseless)).toEqual([true, true, false, false]);
  });
});
