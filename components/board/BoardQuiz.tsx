'use client';
import { useLocale, useTranslations } from 'next-intl';
import { DIAGRAM_CONTENT } from '../../lib/diagram/content';
import type { DiagramId, RegionId } from '../../lib/diagram/ids';
import type { Locale } from '../../lib/quiz/types';
import type { PlayerView } from '../../lib/quiz/views';
import { Link } from '../../i18n/navigation';
import { regionAnchor } from '../diagram/DiagramFigure';
import { useRegionLabel } from '../diagram/useRegionLabel';
import { AnswerText } from '../quiz/AnswerText';
import { PlacementSelect, PlacementStatus } from '../quiz/answers/PlacementSelect';
import { TimerBar } from '../quiz/TimerBar';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { BoardAnswer, LiveView } from './useBoardAnswer';

const CHIP = 'rounded-full border-2 px-3 py-1 text-sm font-semibold';

/**
 * The live question beside the shared diagram: its prompt and timer; for a player, the way to
 * answer it on the board and then their result; for the host, how many answered and the key.
 */
export function BoardQuizPanel({ live, offset, code, diagramId, answer }: { live: LiveView; offset: number; code: string; diagramId: DiagramId; answer: BoardAnswer }) {
  const t = useTranslations('Board');
  const quiz = useTranslations('Quiz');
  const locale = useLocale() as Locale;
  const regionLabel = useRegionLabel();
  const { question, here, player } = answer;
  if (!question) return null;
  const other = question.diagramId!;
  const revealed = live.phase !== 'question';
  const timer = live.timer;
  const outOfTime = timer !== null && !timer.paused && timer.endsAt !== null && timer.endsAt - (Date.now() + offset) <= 0;
  const markerName = (regionId: string) => t('marker', { number: question.slots.indexOf(regionId as RegionId) + 1 });
  const labelText = (id: string | undefined) => question.labels.find((l) => l.id === id)?.text ?? '—';

  return (
    <section aria-labelledby="board-quiz-prompt" data-testid="board-quiz" className="space-y-3 rounded-xl border-2 border-indigo-300 bg-indigo-50 p-4 dark:border-indigo-800 dark:bg-indigo-950">
      <p className="text-sm font-semibold uppercase tracking-wide text-indigo-900 dark:text-indigo-200">
        {t('liveQuestion', { current: live.questionIndex + 1, total: live.questionCount })} · {quiz(`type.${question.type}`)}
      </p>
      <h2 id="board-quiz-prompt" className="text-xl font-bold">
        {question.prompt}
      </h2>
      {!revealed && timer && <TimerBar timer={timer} offset={offset} />}

      {!here && (
        <p>
          {t('otherDiagram', { diagram: DIAGRAM_CONTENT[other].title[locale] })}{' '}
          <Link href={`/board/${code}/${other}`} className="font-semibold text-indigo-800 underline dark:text-indigo-200">
            {t('openOtherBoard', { diagram: DIAGRAM_CONTENT[other].title[locale] })}
          </Link>
        </p>
      )}

      {!revealed && here && player && player.myAnswer && (
        <div className="space-y-1">
          <p role="status" className="font-semibold">
            {t('answerSent')}
          </p>
          <p>
            {t('yourAnswer')}: <AnswerText question={question} answer={player.myAnswer} />
          </p>
        </div>
      )}

      {answer.canAnswer && (
        <div className="space-y-3">
          <Button variant={answer.on ? 'primary' : 'secondary'} aria-pressed={answer.on} onClick={() => answer.setOn(!answer.on)}>
            {t('answerMode')}
          </Button>
          {answer.on && question.type === 'hotspot' && (
            <>
              <p className="text-sm text-slate-800 dark:text-slate-200">{t('hotspotHint')}</p>
              <p aria-live="polite" className="font-semibold" data-testid="board-choice">
                {answer.picked ? t('yourChoice', { region: regionLabel(answer.picked.regionId) }) : t('noChoice')}
              </p>
            </>
          )}
          {answer.on && question.type === 'labelling' && (
            <>
              <p className="text-sm text-slate-800 dark:text-slate-200">{t('labellingHint')}</p>
              <div role="group" aria-label={t('labels')} className="flex flex-wrap gap-2">
                {question.labels.map((l) => (
                  <button
                    key={l.id}
                    type="button"
                    aria-pressed={answer.label === l.id}
                    onClick={() => answer.setLabel(answer.label === l.id ? null : l.id)}
                    className={`${CHIP} min-h-11 border-indigo-700 bg-white text-indigo-950 aria-pressed:bg-indigo-700 aria-pressed:text-white dark:border-indigo-300 dark:bg-slate-900 dark:text-indigo-50 dark:aria-pressed:bg-indigo-300 dark:aria-pressed:text-slate-950`}
                  >
                    {l.text}
                  </button>
                ))}
              </div>
              <ol className="grid gap-2 sm:grid-cols-2">
                {question.slots.map((regionId, i) => (
                  <li key={regionId}>
                    <PlacementSelect
                      slot={regionId}
                      label={t('markerLabel', { number: i + 1 })}
                      choices={question.labels}
                      placements={answer.placements}
                      slotName={markerName}
                      disabled={answer.sending}
                      onChange={answer.setPlacements}
                    />
                  </li>
                ))}
              </ol>
              <PlacementStatus placements={answer.placements} slots={question.slots} choiceName={labelText} />
            </>
          )}
          <Button onClick={() => void answer.send()} disabled={!answer.ready || answer.sending || outOfTime || Boolean(timer?.paused)}>
            {t('sendAnswer')}
          </Button>
          <ErrorNotice code={answer.error} />
        </div>
      )}

      {!revealed && live.role === 'host' && here && <p aria-live="polite">{t('answeredCount', { count: live.answeredCount, total: live.activeCount })}</p>}

      {revealed && player && here && <PlayerResult view={player} />}
      {revealed && live.reveal && here && (
        <div className="space-y-1">
          <p className="font-semibold">{t('correctAnswer')}</p>
          {question.type === 'hotspot' ? (
            <p data-testid="board-correct">{live.reveal.regions.map(regionLabel).join(', ')}</p>
          ) : live.reveal.correctAnswer?.type === 'labelling' ? (
            <ol className="list-inside list-decimal" data-testid="board-correct">
              {question.slots.map((regionId) => (
                <li key={regionId}>{labelText(live.reveal!.correctAnswer?.type === 'labelling' ? live.reveal!.correctAnswer.placements[regionId] : undefined)}</li>
              ))}
            </ol>
          ) : null}
          <p>{live.reveal.explanation}</p>
          {live.role === 'host' && question.type === 'hotspot' && <p>{t('heatmap', { count: live.heatmap.length })}</p>}
        </div>
      )}
    </section>
  );
}

function PlayerResult({ view }: { view: PlayerView }) {
  const t = useTranslations('Board');
  const result = view.result;
  const text = !result ? t('skipped') : result.correct ? `✔ ${t('correct')}` : result.share > 0 ? `◐ ${t('partial', { percent: Math.round(result.share * 100) })}` : result.answered ? `✘ ${t('wrong')}` : t('noAnswer');
  const tone = result?.correct ? 'text-emerald-800 dark:text-emerald-300' : result && result.share > 0 ? 'text-amber-900 dark:text-amber-200' : 'text-red-800 dark:text-red-300';
  return (
    <div role="status" data-testid="board-result" className="space-y-1">
      <p className={`text-2xl font-extrabold ${tone}`}>{text}</p>
      {result && <p className="font-semibold">{t('points', { points: result.points })}</p>}
    </div>
  );
}

/**
 * What the live question draws on the stage, in 0..1 diagram coordinates: labelling markers
 * (buttons while answering), the player's own click after the reveal, the host's heatmap.
 */
export function BoardQuizLayer({ live, diagramId, answer }: { live: LiveView; diagramId: DiagramId; answer: BoardAnswer }) {
  const t = useTranslations('Board');
  const { question, here, player } = answer;
  if (!question || !here) return null;
  const revealed = live.phase !== 'question';
  const key = live.reveal?.correctAnswer?.type === 'labelling' ? live.reveal.correctAnswer.placements : null;
  const mine = player?.myAnswer?.type === 'labelling' ? player.myAnswer.placements : answer.placements;
  const labelText = (id: string | undefined) => question.labels.find((l) => l.id === id)?.text;
  const counterScale = { transform: 'translate(-50%, -50%) scale(var(--board-inverse, 1))' };

  return (
    <>
      {question.type === 'labelling' &&
        question.slots.map((regionId, i) => {
          const at = regionAnchor(diagramId, regionId);
          const placed = labelText(revealed && key ? key[regionId] : mine[regionId]);
          const text = placed ? `${i + 1} · ${placed}` : String(i + 1);
          const look = `absolute whitespace-nowrap rounded-full border-2 border-white px-3 py-1 text-sm font-bold shadow dark:border-slate-950 ${
            revealed ? 'bg-emerald-800 text-white dark:bg-emerald-300 dark:text-slate-950' : 'bg-indigo-700 text-white dark:bg-indigo-300 dark:text-slate-950'
          }`;
          const style = { left: `${at.x * 100}%`, top: `${at.y * 100}%`, ...counterScale };
          return answer.answering ? (
            <button
              key={regionId}
              type="button"
              data-testid="board-marker"
              aria-label={t('markerButton', { number: i + 1, label: placed ?? t('emptyMarker') })}
              onClick={() => answer.pickRegion(regionId, at)}
              className={`${look} min-h-11 min-w-11 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-400`}
              style={style}
            >
              {text}
            </button>
          ) : (
            <span key={regionId} aria-hidden="true" data-testid="board-marker" className={`${look} pointer-events-none`} style={style}>
              {text}
            </span>
          );
        })}
      {question.type === 'hotspot' && revealed && (
        <div aria-hidden="true" className="pointer-events-none absolute inset-0">
          {live.role === 'host' &&
            live.heatmap.map((p, i) => (
              <span
                key={i}
                data-testid="board-heat"
                className="absolute h-4 w-4 rounded-full border-2 border-white bg-rose-600/70 dark:border-slate-950 dark:bg-rose-400/70"
                style={{ left: `${p.x * 100}%`, top: `${p.y * 100}%`, ...counterScale }}
              />
            ))}
          {player?.myAnswer?.type === 'hotspot' && (
            <span
              data-testid="board-my-pick"
              className="absolute h-6 w-6 rounded-full border-[3px] border-indigo-700 shadow-[0_0_0_2px_white] dark:border-indigo-300 dark:shadow-[0_0_0_2px_#020617]"
              style={{ left: `${player.myAnswer.x * 100}%`, top: `${player.myAnswer.y * 100}%`, ...counterScale }}
            />
          )}
        </div>
      )}
    </>
  );
}
