// Language and direction of an article: sentences written for this test, one per language the site reads.
import { describe, expect, it } from 'vitest';
import { directionOf, languageOf } from '../../src/pipeline/detect-language.ts';
import { runText } from './run-text.ts';

const SENTENCES: Array<[lang: string, text: string]> = [
  ['en', 'The defence ministry said on Monday that the new air defence batteries would reach the coast by spring.'],
  ['ru', 'Министерство обороны в понедельник сообщило, что новые зенитные комплексы прибудут на побережье к весне.'],
  ['uk', 'Міністерство оборони в понеділок повідомило, що нові зенітні комплекси прибудуть на узбережжя навесні.'],
  ['fa', 'وزارت دفاع روز دوشنبه اعلام کرد که سامانه‌های پدافند هوایی جدید تا بهار به ساحل می‌رسند.'],
  ['ar', 'قالت وزارة الدفاع يوم الاثنين إن بطاريات الدفاع الجوي الجديدة ستصل إلى الساحل بحلول الربيع.'],
  ['de', 'Das Verteidigungsministerium teilte am Montag mit, die neuen Flugabwehrbatterien würden bis zum Frühjahr an der Küste eintreffen.'],
  ['it', 'Il ministero della Difesa ha detto lunedì che le nuove batterie antiaeree arriveranno sulla costa entro la primavera.'],
  ['fr', 'Le ministère de la Défense a indiqué lundi que les nouvelles batteries de défense aérienne arriveraient sur la côte au printemps.'],
  ['es', 'El Ministerio de Defensa dijo el lunes que las nuevas baterías antiaéreas llegarán a la costa antes de la primavera.'],
  ['pt', 'O Ministério da Defesa disse na segunda-feira que as novas baterias antiaéreas vão chegar ao litoral até à primavera.'],
  ['id', 'Kementerian Pertahanan mengatakan pada hari Senin bahwa baterai pertahanan udara yang baru akan tiba di pesisir sebelum musim semi.'],
  ['hi', 'रक्षा मंत्रालय ने सोमवार को कहा कि नई वायु रक्षा बैटरियां वसंत तक तट पर पहुंच जाएंगी।'],
];

describe('languageOf', () => {
  it.each(SENTENCES)('reads %s', (lang, text) => expect(languageOf(text)).toBe(lang));

  it('takes a text too short to tell for the site language', () => {
    expect(languageOf('S-400 — 2024')).toBe('en');
  });
});

describe('directionOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['he', 'rtl'],
    ['ur', 'rtl'],
    ['ru', 'ltr'],
    ['hi', 'ltr'],
    ['en', 'ltr'],
  ])('writes %s %s', (lang, dir) => expect(directionOf(lang)).toBe(dir));
});

describe('an article', () => {
  it('records the detected language and direction in its front-matter', () => {
    const draft = runText('قالت وزارة الدفاع يوم الاثنين إن بطاريات الدفاع الجوي الجديدة ستصل إلى الساحل بحلول الربيع.\n');
    expect([draft.lang, draft.dir]).toEqual(['ar', 'rtl']);
  });

  it("keeps an editor's lang over the detected one, in canonical form", () => {
    const draft = runText('---\nlang: pt-br\n---\nThe defence ministry said on Monday that the batteries would arrive by spring.\n', {}, 'article.md');
    expect([draft.lang, draft.dir]).toEqual(['pt-BR', 'ltr']);
  });
});
