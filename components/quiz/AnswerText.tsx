'use client';
import { useTranslations } from 'next-intl';
import type { PublicQuestion } from '../../lib/quiz/display';
import type { Answer } from '../../lib/quiz/types';
import { labelFor } from './answer-labels';

/** An answer written out in words ("True"; "Hypervisor, Guest OS, App"). */
export function AnswerText({ question, answer }: { question: PublicQuestion; answer: Answer }) {
  const t = useTranslations('Quiz');
  const words = { true: t('true'), false: t('false') };
  switch (answer.type) {
    case 'truefalse':
      return <>{answer.value ? words.true : words.false}</>;
    case 'single':
      return <>{labelFor(question, answer.optionId, words)}</>;
    case 'multiple':
      return (
        <ul className="list-inside list-disc">
          {answer.optionIds.map((id) => (
            <li key={id}>{labelFor(question, id, words)}</li>
          ))}
        </ul>
      );
    case 'ordering':
      return (
        <ol className="list-inside list-decimal">
          {answer.optionIds.map((id) => (
            <li key={id}>{labelFor(question, id, words)}</li>
          ))}
        </ol>
      );
  }
}
