// Speakers after the speech verb in other languages: the name in capitals ends at the first word in lower case,
// whatever follows it ("журналистам в понедельник", "no Telegram"). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { runText } from './run-text.ts';

const speakerOf = (text: string): unknown => {
  const d = runText(text);
  return d.quotes[0]?.speaker ?? null;
};

describe('speaker after the verb, in other languages', () => {
  it('ends a Russian name before the words that follow it', () => {
    const s = JSON.stringify(speakerOf('«Поставки начнутся весной следующего года», — сказал Петренко журналистам в понедельник после встречи в Казани.\n\nОн добавил, что переговоры продолжатся летом в столице.\n'));
    expect(s).toContain('Петренко');
    expect(s).not.toContain('журналистам');
  });

  it('skips a short article before a Portuguese name', () => {
    const s = JSON.stringify(speakerOf('“Os voos voltam ao normal na segunda-feira”, disse a Companhia Aérea Regional no Telegram nesta manhã.\n\nA empresa não deu mais detalhes sobre os atrasos da semana.\n'));
    expect(s).toContain('Companhia Aérea Regional');
    expect(s).not.toContain('Telegram');
  });
});
