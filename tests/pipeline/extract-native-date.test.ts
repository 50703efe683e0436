// Dates written in other languages and calendars, from the month names in content/languages. Sentences written
// for this test.
import { describe, expect, it } from 'vitest';
import { runText } from './run-text.ts';

const dateOf = (text: string) => runText(text).date;

describe('dates in other languages', () => {
  it.each([
    ['Министерство обороны 24 октября 2022 года сообщило, что новые комплексы прибудут на побережье к весне.', '2022-10-24'],
    ['Das Ministerium teilte am 28. November 2023 mit, dass die neuen Batterien im Frühjahr an der Küste eintreffen würden.', '2023-11-28'],
    ['Le ministère a indiqué le 3 mars 2024 que les nouvelles batteries arriveraient sur la côte au printemps prochain.', '2024-03-03'],
    ['قالت وزارة الدفاع في 13 سبتمبر 2022 إن بطاريات الدفاع الجوي الجديدة ستصل إلى الساحل بحلول الربيع المقبل.', '2022-09-13'],
    // The Gregorian and the Levantine name of the month, as Arabic papers print them.
    ['أعلنت وزارة الدفاع يوم الأحد 15 يناير/كانون الثاني 2023 أن بطاريات الدفاع الجوي الجديدة ستصل إلى الساحل قريباً.', '2023-01-15'],
    ['Kementerian Pertahanan pada Selasa (13/9/2022) mengatakan bahwa baterai pertahanan udara akan tiba di pesisir.', '2022-09-13'],
  ])('%s', (text, date) => expect(dateOf(`${text}\n`)).toMatchObject({ date, precision: 'day' }));

  it('converts a Solar Hijri date to the Gregorian calendar', () => {
    const found = dateOf('وزارت دفاع روز پنجشنبه ۷ دی ماه ۱۴۰۲ اعلام کرد که سامانه‌های پدافند هوایی جدید تا بهار به ساحل می‌رسند.\n');
    expect(found).toMatchObject({ date: '2023-12-28', precision: 'day' });
    expect(found!.evidence).toContain('Solar Hijri');
  });

  it('dates nothing from a month and year alone, which mostly name the past', () => {
    expect(dateOf('Цены на нефть поднялись до самого высокого уровня с октября 2018 года, сообщили аналитики в четверг.\n')).toBeNull();
  });

  it('dates nothing from a day and month without a year', () => {
    expect(dateOf('Министерство обороны 24 октября сообщило, что новые комплексы прибудут на побережье к весне.\n')).toBeNull();
  });
});
