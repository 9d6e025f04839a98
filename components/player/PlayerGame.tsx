'use client';
import { useLocale, useTranslations } from 'next-intl';
import { Suspense, useEffect, useRef } from 'react';
import { sourceLine } from '../../lib/quiz/display';
import type { Locale } from '../../lib/quiz/types';
import type { PlayerView } from '../../lib/quiz/views';
import { Link } from '../../i18n/navigation';
import { AnswerText } from '../quiz/AnswerText';
import { useLazyRegionLabel } from '../diagram/RegionName';
import { QuestionProgress } from '../quiz/QuestionProgress';
import { StandingsList } from '../quiz/StandingsList';
import { TimerBar } from '../quiz/TimerBar';
import { ErrorNotice } from '../ui/ErrorNotice';
import { AnswerInput } from '../quiz/answers/AnswerInput';
import { usePlayerSession } from './usePlayerSession';
import { usePlayerCues } from '../quiz/useGameCues';
import { SoundToggle } from '../ui/SoundToggle';
import { useSounds } from '../ui/useSounds';

/**
 * A student's phone: the question, the timer, their result and their rank, as text.
 * `initialView`: the screen the server rendered for a returning player, until the socket's.
 */
export function PlayerGame({ code, initialView = null }: { code: string; initialView?: PlayerView | null }) {
  const t = useTranslations('Play');
  const locale = useLocale() as Locale;
  const session = usePlayerSession(code, locale, initialView);
  const { view } = session;
  // Off until the player turns them on: their own result as each question closes.
  const sounds = useSounds();
  usePlayerCues(view, sounds);

  if (session.removed) {
    return (
      <Panel>
        <h1 className="text-2xl font-bold">{t('removedTitle')}</h1>
        <p>{t('removedBody')}</p>
      </Panel>
    );
  }
  // No seat in this session (no cookie, or one the server refuses) shows as UNKNOWN_PLAYER.
  if (session.fatalError) {
    return (
      <Panel>
        <ErrorNotice code={session.fatalError} />
        <Link href={{ pathname: '/join', query: { code } }} className="inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white">
          {t('rejoin')}
        </Link>
      </Panel>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      {session.status === 'offline' && (
        <p role="status" className="rounded-lg bg-amber-100 px-3 py-2 font-semibold text-amber-950">
          {t('reconnecting')}
        </p>
      )}
      {view && (
        <PlayerScreen
          view={view}
          offset={session.offset}
          waiting={session.sending || !session.synced}
          connecting={!session.synced && session.status !== 'offline'}
          onSubmit={session.submit}
        />
      )}
      <ErrorNotice code={session.error} />
      <div className="flex justify-end">
        <SoundToggle sounds={sounds} className="text-sm" />
      </div>
    </div>
  );
}

/**
 * `waiting`: no answer can go now (one is on its way, or the socket has not confirmed the
 * seat yet). `connecting`: the screen is the server's page, and the socket is on its way.
 */
function PlayerScreen({ view, offset, waiting, connecting, onSubmit }: { view: PlayerView; offset: number; waiting: boolean; connecting: boolean; onSubmit: ReturnType<typeof usePlayerSession>['submit'] }) {
  const t = useTranslations('Play');
  const q = useTranslations('Quiz');
  const host = useTranslations('HostConsole');
  const heading = useRef<HTMLHeadingElement>(null);
  // Each new step moves focus to its heading, so a screen reader announces it.
  useEffect(() => heading.current?.focus(), [view.phase, view.questionIndex]);

  const status = (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {t('youAre', { name: view.nickname })} · {t('score', { score: view.me.score })}
      {view.me.rank !== null && view.phase !== 'lobby' && <> · {t('rank', { rank: view.me.rank, total: view.playerCount })}</>}
      {/* At the end of the last line: when it goes, nothing above it moves. */}
      {connecting && (
        <>
          {' · '}
          <span role="status">{t('connecting')}</span>
        </>
      )}
    </p>
  );

  switch (view.phase) {
    case 'lobby':
      return (
        <Panel>
          <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold">
            {t('waitingTitle')}
          </h1>
          <p className="text-lg">{t('waitingBody')}</p>
          {status}
          <p>
            <Link href={`/board/${view.code}/house-apartment`} target="_blank" rel="noopener" className="font-semibold underline">
              {t('boardLink')}
            </Link>
          </p>
        </Panel>
      );
    case 'question': {
      const question = view.question!;
      const timer = view.timer;
      const outOfTime = timer !== null && !timer.paused && timer.endsAt !== null && timer.endsAt - (Date.now() + offset) <= 0;
      return (
        <div className="space-y-4">
          <QuestionProgress index={view.questionIndex} total={view.questionCount} />
          {timer && <TimerBar timer={timer} offset={offset} />}
          <p className="text-sm font-semibold uppercase tracking-wide text-indigo-800 dark:text-indigo-300">{q(`type.${question.type}`)}</p>
          <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold">
            {question.prompt}
          </h1>
          {timer?.paused && (
            <p role="status" className="rounded-lg bg-amber-100 px-3 py-2 font-semibold text-amber-950">
              {t('paused')}
            </p>
          )}
          {(question.type === 'hotspot' || question.type === 'labelling') && question.diagramId && !view.myAnswer && (
            <p>
              <Link href={`/board/${view.code}/${question.diagramId}`} target="_blank" rel="noopener" className="font-semibold text-indigo-800 underline dark:text-indigo-300">
                {t('answerOnBoard')}
              </Link>
            </p>
          )}
          {view.myAnswer ? (
            <Panel>
              <p role="status" className="text-lg font-semibold">
                {t('sent')}
              </p>
              <div>
                <p className="font-semibold">{t('yourAnswer')}</p>
                <AnswerText question={question} answer={view.myAnswer} />
              </div>
            </Panel>
          ) : (
            <AnswerInput question={question} disabled={waiting || outOfTime || Boolean(timer?.paused)} onSubmit={(a) => void onSubmit(a)} />
          )}
          {status}
        </div>
      );
    }
    case 'reveal':
    case 'leaderboard': {
      const question = view.question!;
      const result = view.result;
      return (
        <div className="space-y-4">
          <QuestionProgress index={view.questionIndex} total={view.questionCount} />
          <Panel>
            <h1 ref={heading} tabIndex={-1} className={`text-3xl font-extrabold ${result?.correct ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-800 dark:text-red-300'}`}>
              {!result
                ? question.type === 'poll'
                  ? t('pollDone')
                  : t('skipped')
                : result.correct
                  ? `✔ ${t('correct')}`
                  : result.share > 0
                    ? `◐ ${t('partial', { percent: Math.round(result.share * 100) })}`
                    : result.answered
                      ? `✘ ${t('wrong')}`
                      : t('noAnswer')}
            </h1>
            {result && <p className="text-xl font-semibold">{t('points', { points: result.points })}</p>}
            {view.me.streak > 1 && <p className="font-semibold">{t('streak', { count: view.me.streak })}</p>}
          </Panel>
          <p className="font-semibold">{question.prompt}</p>
          {view.reveal && (
            <Panel>
              <h2 className="font-bold">{t('correctAnswer')}</h2>
              <div className="text-lg font-semibold">
                {view.reveal.correctAnswer && <AnswerText question={question} answer={view.reveal.correctAnswer} correctText={view.reveal.correctText} />}
              </div>
              <p>{view.reveal.explanation}</p>
              <p className="text-sm text-slate-700 dark:text-slate-300">{host('source', { source: sourceLine(question.source) })}</p>
              {view.reveal.about && (
                <Suspense fallback={null}>
                  <AboutRegionLink diagramId={view.reveal.about.diagramId} regionId={view.reveal.about.regionId} />
                </Suspense>
              )}
            </Panel>
          )}
          {status}
          {view.phase === 'leaderboard' && (
            <section aria-labelledby="standings-title" className="space-y-2">
              <h2 id="standings-title" className="text-xl font-bold">
                {t('standings')}
              </h2>
              <StandingsList entries={view.standings} highlight={view.playerId} />
            </section>
          )}
        </div>
      );
    }
    case 'podium':
      return (
        <div className="space-y-4">
          <Panel>
            <h1 ref={heading} tabIndex={-1} className="text-3xl font-extrabold">
              {t('finalTitle')}
            </h1>
            <p className="text-xl">
              {view.me.rank !== null ? t('finalRank', { rank: view.me.rank, total: view.playerCount, score: view.me.score }) : t('rankUnknown')}
            </p>
            <p>{t('thanks')}</p>
          </Panel>
          <section aria-labelledby="final-standings" className="space-y-2">
            <h2 id="final-standings" className="text-xl font-bold">
              {t('standings')}
            </h2>
            <StandingsList entries={view.standings} highlight={view.playerId} />
          </section>
        </div>
      );
  }
}

/** The reveal's link to the diagram region it is about; its label loads with the diagram content. */
function AboutRegionLink({ diagramId, regionId }: { diagramId: string; regionId: string }) {
  const t = useTranslations('Play');
  const region = useLazyRegionLabel(regionId);
  return (
    <p>
      <Link href={{ pathname: `/diagrams/${diagramId}`, query: { region: regionId } }} target="_blank" rel="noopener" className="font-semibold underline">
        {t('aboutRegion', { region })}
      </Link>
    </p>
  );
}

function Panel({ children }: { children: React.ReactNode }) {
  return <div className="space-y-3 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">{children}</div>;
}
