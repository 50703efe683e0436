// Credits in other languages' leads: a site's name as the dateline, a language's credit cue (data in
// content/languages/<code>.yaml), a wire agency opening the lead or closing the text. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { runText } from './run-text.ts';

const body = (lead: string): string =>
  `${lead}\n\nPara petugas membuka dapur umum di tiga kelurahan dan membagikan selimut kepada warga yang mengungsi.\n`;

describe('outlet from a site-name dateline', () => {
  it('reads the site before the dash, with or without a place beside it', () => {
    expect(runText(body('CONTOHWARTA.CO.ID, BANDUNG -- Sebanyak 300 warga mengungsi akibat banjir yang melanda sejak Minggu malam hingga Senin pagi.')).source).toBe('CONTOHWARTA.CO.ID');
    expect(runText(body('BANDUNG, Kabarcontoh.com - Sebanyak 300 warga mengungsi akibat banjir yang melanda sejak Minggu malam hingga Senin pagi.')).source).toBe('Kabarcontoh.com');
    expect(runText(body('Kabarcontoh.com - Sebanyak 300 warga mengungsi akibat banjir yang melanda sejak Minggu malam hingga Senin pagi.')).source).toBe('Kabarcontoh.com');
  });

  it('takes no outlet from a place alone before the dash', () => {
    expect(runText(body('BANDUNG - Sebanyak 300 warga mengungsi akibat banjir yang melanda sejak Minggu malam hingga Senin pagi.')).source).toBeNull();
  });
});

describe('credit cues of a language', () => {
  const fa = (lead: string): string =>
    `${lead}\n\nمقامات محلی گفتند که تیم‌های امداد در سه شهر مستقر شده‌اند و کار پاکسازی تا پایان هفته ادامه دارد.\n`;

  it('reads the outlet after the Persian cue, and a known agency there as the agency', () => {
    expect(runText(fa('به گزارش خبرنامه نمونه، باران شدید روز دوشنبه چند جاده را در شمال کشور بست و صدها خودرو در راه ماندند.')).source).toBe('خبرنامه نمونه');
    const wire = runText(fa('به گزارش ایرنا، باران شدید روز دوشنبه چند جاده را در شمال کشور بست و صدها خودرو در راه ماندند.'));
    expect(wire.agency).toBe('IRNA');
    expect(wire.source).toBeNull();
  });

  it('reads a known agency opening the lead before a colon', () => {
    expect(runText(fa('ایلنا: باران شدید روز دوشنبه چند جاده را در شمال کشور بست و صدها خودرو در راه ماندند.')).agency).toBe('ILNA');
  });
});

describe('wire agencies in other shapes', () => {
  const fr = `Les trains régionaux circuleront de nouveau normalement lundi, a indiqué la direction de la compagnie.\n\nLes syndicats ont annoncé une nouvelle réunion avec la direction pour la semaine prochaine à Lille.\n\n`;

  it('reads a source line naming a wire agency as the agency, not the outlet', () => {
    const d = runText(`${fr}Source: Belga\n`);
    expect(d.agency).toBe('Belga');
    expect(d.source).toBeNull();
    expect(runText(`${fr}Source: (EUROPA PRESS)\n`).agency).toBe('Europa Press');
  });

  it('reads an agency written in lower case in parentheses before the dash', () => {
    expect(runText(`Milano, (askanews) - I treni regionali circoleranno di nuovo lunedì, ha detto la direzione della compagnia.\n\nI sindacati hanno annunciato un nuovo incontro con la direzione per la prossima settimana.\n`).agency).toBe('askanews');
  });
});
