// Knowledge in other languages and scripts (content/languages/<code>.yaml): names with case endings and
// clitics, folded letter variants and digits, topic terms per language, and the file's own errors. The
// sentences are written for this test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/pipeline/fold-text.ts';
import { loadKnowledge } from '../../src/pipeline/load-knowledge.ts';
import { runText } from './run-text.ts';

const ids = (text: string): string[] => runText(text).entities.map((e) => e.id);

describe('fold', () => {
  it('joins Arabic and Persian letter variants, digits, diacritics and ё', () => {
    expect(fold('سوخوي ۳۵')).toBe(fold('سوخوی 35'));
    expect(fold('إيران')).toBe(fold('ايران'));
    expect(fold('مسيّرة')).toBe(fold('مسيرة'));
    expect(fold('пёс')).toBe('пес');
    expect(fold('Sukhoï')).toBe('sukhoi');
    expect(fold('٢٠٢٣')).toBe('2023');
  });
});

describe('entities named in other languages', () => {
  it('finds Russian names under their case endings', () => {
    const found = ids('Министр обороны Сергей Шойгу прилетел в Тегеран, где обсудил поставки истребителей Су-35 для Ирана и зенитных систем С-400 для России.\n');
    expect(found).toEqual(expect.arrayContaining(['sergei-shoigu', 'tehran', 'su-35', 'iran', 's-400', 'russia']));
  });

  it('finds Arabic names behind the article and clitics', () => {
    const found = ids('وقال المتحدث إن الطائرات وصلت إلى طهران، وأكد أن روسيا وإيران وقعتا اتفاقا جديدا بشأن مقاتلات سوخوي 35.\n');
    expect(found).toEqual(expect.arrayContaining(['tehran', 'russia', 'iran', 'su-35']));
  });

  it('finds Persian names whatever the digits and letter forms', () => {
    const found = ids('به گفته مقامات، نخستین فروند جنگنده سوخو ۳۵ هفته آینده از روسیه به ایران تحویل داده می‌شود و پهپادهای شاهد ۱۳۶ نیز آزمایش شدند.\n');
    expect(found).toEqual(expect.arrayContaining(['su-35', 'russia', 'iran', 'shahed-136']));
  });

  it('reads Devanagari words whole, vowel signs included', () => {
    expect(ids('रूस ने कहा कि ईरान को अगले महीने नए लड़ाकू विमान मिलेंगे और तेहरान में समझौते पर हस्ताक्षर होंगे।\n')).toEqual(expect.arrayContaining(['russia', 'iran', 'tehran']));
  });

  it('leaves an English article to the English names', () => {
    expect(ids('Officials in Tehran said the Su-35 jets would arrive in spring.\n')).toEqual(expect.arrayContaining(['tehran', 'su-35']));
  });
});

describe('topics in other languages', () => {
  it('tags a Russian drone report and an Arabic one', () => {
    expect(runText('Украинские военные сообщили, что сбили ночью двенадцать беспилотников «Шахед». По их словам, дроны запускались с юга, а ещё несколько БПЛА упали в поле.\n').topics).toContain('drones');
    expect(runText('أعلن الجيش إسقاط ثماني طائرات مسيرة من طراز شاهد خلال الليل، وقال إن المسيرات استهدفت محطات الكهرباء.\n').topics).toContain('drones');
  });

  it('tags no topic on an article about something else', () => {
    expect(runText('Die Stadtverwaltung teilte mit, dass die Brücke über den Fluss im Sommer saniert wird und der Verkehr umgeleitet werden muss.\n').topics).toEqual([]);
  });
});

describe('a language file', () => {
  it('names an unknown entity or topic at its line and column, with the fix', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-lang-'));
    fs.cpSync('content', path.join(dir, 'content'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'content/languages/ru.yaml'), 'name: Russian\nentities:\n  iran: [Иран]\n  irna-agency: [ИРНА]\ntopics:\n  dronez: { дрон: 1 }\n');
    fs.writeFileSync(path.join(dir, 'content/languages/russian.yaml'), 'name: Russian\n');
    const { files } = loadKnowledge(path.join(dir, 'content'), dir);
    const lines = files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.reason}`));
    expect(lines).toContain('content/languages/ru.yaml:4:3 unknown entity "irna-agency": use the id of an entity in content/entities/, or add the entity there');
    expect(lines.some((l) => l.startsWith('content/languages/ru.yaml:6:3 unknown topic "dronez"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('content/languages/russian.yaml:1:1 the file name "russian.yaml" is not a BCP 47 language code'))).toBe(true);
  });
});
