import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../../i18n/messages';

/*
 * CLDR files 0 under "one" for Portuguese (Intl.PluralRules('pt').select(0) === 'one'), so
 * "{count, plural, one {# resposta} …}" read "0 resposta" on the projector's chart. Brazilians
 * say "0 respostas": every count a screen can show at zero has its own =0 branch.
 */
/** The app's messages for one language, by dotted key (the keys' types are the app's own, not this test's concern). */
async function translator(locale: 'en' | 'pt'): Promise<(key: string, values: Record<string, string | number>) => string> {
  return createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as (key: string, values: Record<string, string | number>) => string;
}

describe('a count of zero in Brazilian Portuguese', () => {
  it('reads in the plural wherever a screen can show it', async () => {
    const t = await translator('pt');
    expect(t('Quiz.votes', { count: 0 })).toBe('0 respostas');
    expect(t('Quiz.votes', { count: 1 })).toBe('1 resposta');
    expect(t('Quiz.timeLeft', { seconds: 0 })).toBe('Faltam 0 segundos');
    expect(t('Quiz.timeLeft', { seconds: 1 })).toBe('Falta 1 segundo');
    expect(t('CohortFacilitator.dashboard.contents', { cards: 0, questions: 0 })).toBe('0 cards de lição · 0 perguntas no quiz');
    expect(t('Report.summary', { code: 'K7Q2XM', players: 0 })).toBe('Sessão K7Q2XM · 0 jogadores');
  });

  it('and in English as before', async () => {
    const t = await translator('en');
    expect(t('Quiz.votes', { count: 0 })).toBe('0 answers');
    expect(t('Quiz.timeLeft', { seconds: 0 })).toBe('0 seconds left');
  });
});
