'use client';
import { useTranslations } from 'next-intl';
import type { Ref } from 'react';
import { partResults, partsRight } from '../../lib/learn/compare';
import type { RoundAnswer } from '../../lib/learn/progress';
import type { RegionId } from '../../lib/diagram/ids';
import { sourceLine, type PublicQuestion } from '../../lib/quiz/display';
import { Link } from '../../i18n/navigation';
import { DiagramFigure } from '../diagram/DiagramFigure';
import { useRegionLabel } from '../diagram/useRegionLabel';
import { AnswerText } from '../quiz/AnswerText';
import { Button } from '../ui/Button';
import { LINK_TEXT, Panel } from './Panel';
import { PartsComparison } from './PartsComparison';

type Verdict = 'poll' | 'right' | 'partly' | 'wrong';

const VERDICT_STYLE: Record<Verdict, string> = {
  poll: 'text-indigo-800 dark:text-indigo-300',
  right: 'text-emerald-800 dark:text-emerald-300',
  partly: 'text-amber-800 dark:text-amber-300',
  wrong: 'text-red-800 dark:text-red-300',
};
const VERDICT_MARK: Record<Verdict, string> = { poll: '❝', right: '✔', partly: '◐', wrong: '✘' };

/**
 * What the learner sees right after answering: right, partly right or wrong (a poll has no
 * wrong answer), the correct answer in words, why, the source, what the answer reveals and
 * where it sits on the diagram; then Next.
 */
export function FeedbackPanel({ question, given, headingRef, isLast, onNext }: { question: PublicQuestion; given: RoundAnswer; headingRef: Ref<HTMLHeadingElement>; isLast: boolean; onNext: () => void }) {
  const t = useTranslations('Learn');
  const regionLabel = useRegionLabel();
  const { feedback, answer } = given;
  const { grade, reveal } = feedback;
  const verdict: Verdict = !grade ? 'poll' : grade.correct ? 'right' : grade.share > 0 ? 'partly' : 'wrong';
  const parts = grade && verdict === 'partly' ? partsRight(question, grade.share, reveal.correctAnswer) : null;
  const rows = verdict === 'poll' ? null : partResults(question, answer, reveal.correctAnswer);
  const diagramId = question.diagramId;
  const correctRegions = reveal.correctAnswer?.type === 'hotspot' ? [reveal.correctAnswer.regionId as RegionId] : [];

  return (
    <div className="space-y-4">
      <Panel>
        <h1 ref={headingRef} tabIndex={-1} className={`text-3xl font-extrabold ${VERDICT_STYLE[verdict]}`}>
          <span aria-hidden="true">{VERDICT_MARK[verdict]} </span>
          {t(`feedback.${verdict}`)}
        </h1>
        {verdict === 'poll' && <p className="text-lg">{t('feedback.pollBody')}</p>}
        {verdict === 'partly' && grade && (
          <p className="text-lg font-semibold">{parts ? t(`feedback.parts.${parts.unit}`, { right: parts.right, total: parts.total }) : t('feedback.percent', { percent: Math.round(grade.share * 100) })}</p>
        )}
        <p className="text-slate-700 dark:text-slate-300">{question.prompt}</p>
        {rows ? (
          <div className="space-y-2">
            <h2 className="font-semibold">{t('feedback.partByPart')}</h2>
            <PartsComparison question={question} rows={rows} />
          </div>
        ) : (
          <dl className="grid gap-3 sm:grid-cols-2">
            {verdict !== 'right' && (
              <div>
                <dt className="font-semibold">{verdict === 'poll' ? t('feedback.yourVote') : t('feedback.yourAnswer')}</dt>
                <dd className="text-lg">
                  <AnswerText question={question} answer={answer} />
                </dd>
              </div>
            )}
            {reveal.correctAnswer && (
              <div>
                <dt className="font-semibold">{t('feedback.correctAnswer')}</dt>
                <dd className="text-lg font-semibold">
                  <AnswerText question={question} answer={reveal.correctAnswer} correctText={reveal.correctText} />
                </dd>
              </div>
            )}
          </dl>
        )}
        {diagramId && (question.type === 'hotspot' || question.type === 'labelling') && (
          <DiagramFigure
            diagramId={diagramId}
            mode="show"
            highlighted={question.type === 'hotspot' ? correctRegions : question.slots}
            selected={answer.type === 'hotspot' ? (answer.regionId as RegionId) : null}
            points={answer.type === 'hotspot' ? [{ x: answer.x, y: answer.y }] : undefined}
            markers={
              question.type === 'labelling' && reveal.correctAnswer?.type === 'labelling'
                ? question.slots.map((regionId, i) => {
                    const correct = reveal.correctAnswer?.type === 'labelling' ? reveal.correctAnswer.placements[regionId] : undefined;
                    return { regionId, text: `${i + 1} · ${question.labels.find((l) => l.id === correct)?.text ?? ''}` };
                  })
                : undefined
            }
            className="w-full"
          />
        )}
      </Panel>

      <Panel>
        <h2 className="text-xl font-bold">{verdict === 'poll' ? t('feedback.discussion') : t('feedback.why')}</h2>
        <p className="text-lg">{reveal.explanation}</p>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('source', { source: sourceLine(feedback.source) })}</p>
        {reveal.about && (
          <p>
            <Link href={`/diagrams/${reveal.about.diagramId}?region=${reveal.about.regionId}`} className={LINK_TEXT}>
              {t('seeOnDiagram', { region: regionLabel(reveal.about.regionId) })}
            </Link>
          </p>
        )}
      </Panel>

      {feedback.misconceptions.length > 0 && (
        <Panel className="border-amber-300 dark:border-amber-800">
          <h2 className="text-xl font-bold">{t('feedback.misconceptions')}</h2>
          <ul className="space-y-3">
            {feedback.misconceptions.map((m) => (
              <li key={m.id} className="space-y-1">
                <p>
                  <span className="font-semibold">{t('feedback.belief')}</span> <q>{m.statement}</q>
                </p>
                <p>
                  <span className="font-semibold">{t('feedback.correction')}</span> {m.correction}
                </p>
              </li>
            ))}
          </ul>
        </Panel>
      )}

      <Button onClick={onNext} className="w-full text-lg sm:w-auto">
        {isLast ? t('feedback.results') : t('feedback.next')}
        <span aria-hidden="true">→</span>
      </Button>
    </div>
  );
}
