'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import type { Locale } from '../../lib/quiz/types';
import type { HostView } from '../../lib/quiz/views';
import { Link } from '../../i18n/navigation';
import { AnswerText } from '../quiz/AnswerText';
import { DistributionChart } from '../quiz/DistributionChart';
import { Podium } from '../quiz/Podium';
import { QuestionProgress } from '../quiz/QuestionProgress';
import { StandingsList } from '../quiz/StandingsList';
import { TimerBar } from '../quiz/TimerBar';
import { distributionKeys } from '../../lib/quiz/check';
import { sourceLine, type PublicQuestion, type PublicReveal } from '../../lib/quiz/display';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FullscreenButton } from '../ui/FullscreenButton';
import { JoinGuardPanel, JoinPatternDisplay } from './JoinGuardPanel';
import { PlayerRoster } from './PlayerRoster';
import { useRegionLabel } from '../diagram/useRegionLabel';
import { PartResults, QuestionBoard } from './QuestionBoard';
import { hasChoiceChart } from '../quiz/answer-labels';
import { useFullscreen } from '../ui/useFullscreen';
import { useClicker } from './useClicker';
import { useHostSession } from './useHostSession';
import { useHostCues } from '../quiz/useGameCues';
import { SoundToggle } from '../ui/SoundToggle';
import { useSounds, type Sounds } from '../ui/useSounds';
import { ticksAt } from '../../lib/client/sound-cues';
import { useFocusAcrossSwitch, useFocusFirstControl } from './useKeyboardPlace';
import { stepForward } from '../../lib/quiz/step-forward';

/** The projector screen and the teacher's controls for one session. */
export function HostConsole({ code, joinUrl, qrSvg }: { code: string; joinUrl: string; qrSvg: string }) {
  const t = useTranslations('HostConsole');
  const setup = useTranslations('HostSetup');
  const locale = useLocale() as Locale;
  const session = useHostSession(code, locale);
  const { view, command, busy } = session;
  // Full screen is the projector view: the console alone, as wide as the screen, its sizes
  // grown with it (app/globals.css), and the teacher's panels (lock, blocked words, roster)
  // put away: the room sees the question, not the moderation. Esc or the button brings them back.
  const consoleRef = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(consoleRef);
  const projecting = fullscreen.on;
  const enterRef = useRef<HTMLButtonElement>(null);
  const leaveRef = useRef<HTMLButtonElement>(null);
  useFocusAcrossSwitch(projecting, enterRef, leaveRef);
  const controlsRef = useRef<HTMLElement>(null);
  useFocusFirstControl(view ? `${view.phase}:${view.questionIndex}` : '', controlsRef);
  // Off until the host turns them on: the last seconds' ticks, the question closing, the podium.
  const sounds = useSounds();
  useHostCues(view, sounds);
  useClicker(projecting, view, busy, command);

  if (session.hasSecret === false) {
    return (
      <div className="mx-auto max-w-xl space-y-3 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-2xl font-bold">{t('noSecret')}</h1>
        <p>{t('noSecretHint')}</p>
        <Link href="/host" className="inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white">
          {t('newSession')}
        </Link>
      </div>
    );
  }
  if (!view) return <ErrorNotice code={session.error} />;

  return (
    <div
      ref={consoleRef}
      data-projector
      className={projecting ? 'grid grid-cols-1 overflow-y-auto bg-slate-50 px-8 py-4 dark:bg-slate-950' : 'grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]'}
    >
      <div className={`min-w-0 ${projecting ? 'space-y-4' : 'space-y-6'}`}>
        {(view.phase !== 'lobby' || projecting) && (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-lg">
            {view.phase !== 'lobby' && (
              <>
                <span className="wrap-anywhere">{t('joinAt', { url: joinUrl })}</span>
                <span className="font-mono text-2xl font-bold tracking-widest" aria-label={t('codeLabel', { code })}>
                  {code}
                </span>
                {view.joinPattern && <JoinPatternDisplay pattern={view.joinPattern} />}
              </>
            )}
            {projecting && (
              <span className="ml-auto flex gap-3">
                <SoundToggle sounds={sounds} className="text-base" />
                <FullscreenButton ref={leaveRef} fullscreen={fullscreen} className="text-base" />
              </span>
            )}
          </div>
        )}
        {view.phase === 'lobby' && <Lobby view={view} joinUrl={joinUrl} qrSvg={qrSvg} />}
        <Stage view={view} offset={session.offset} projecting={projecting} sounds={sounds} />
        {/* On a projector too short for the question (720p, a long labelling reveal) the controls stay in reach at the bottom. */}
        <section
          ref={controlsRef}
          aria-label={t('controls')}
          className={`flex flex-wrap gap-3 ${projecting ? 'sticky bottom-0 w-fit bg-slate-50 py-3 pr-3 dark:bg-slate-950' : ''}`}
        >
          <Controls view={view} busy={busy} command={command} />
          {projecting && view.phase !== 'podium' && <p className="self-center text-sm text-slate-600 dark:text-slate-400">{t('clickerHint')}</p>}
        </section>
        <ErrorNotice code={session.error} />
      </div>
      {/* Hidden, not unmounted, while projecting: a blocked word half typed stays typed. */}
      <aside className={projecting ? 'hidden' : 'min-w-0 space-y-4'}>
        <div className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <FullscreenButton ref={enterRef} fullscreen={fullscreen} className="w-full" />
          <SoundToggle sounds={sounds} className="w-full" />
          <Link
            href={`/board/${view.code}/house-apartment`}
            target="_blank"
            rel="noopener"
            className="flex min-h-11 w-full items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700"
          >
            {t('boardLink')}
          </Link>
          <Button variant="secondary" className="w-full" disabled={busy || view.phase === 'podium'} onClick={() => command({ action: view.locked ? 'unlock' : 'lock' })}>
            {view.locked ? `${t('unlock')}` : `${t('lock')}`}
          </Button>
          {view.locked && <p className="text-sm font-semibold">{t('locked')}</p>}
          <label className="flex flex-col gap-1 text-sm font-semibold">
            {setup('scoring')}
            <select
              value={view.scoring}
              disabled={busy || view.phase === 'podium'}
              onChange={(e) => command({ action: 'scoring', mode: e.target.value as 'speed' | 'accuracy' })}
              className="rounded-lg border border-slate-400 bg-white px-2 py-2 text-base font-normal dark:border-slate-600 dark:bg-slate-800"
            >
              <option value="speed">{setup('scoringSpeed')}</option>
              <option value="accuracy">{setup('scoringAccuracy')}</option>
            </select>
          </label>
        </div>
        <JoinGuardPanel view={view} busy={busy} command={command} />
        <PlayerRoster view={view} busy={busy} command={command} />
      </aside>
    </div>
  );
}

/** Names the projector shows in the lobby: the latest to join. Thousands of names are a wall nobody reads, and a page that redraws them on every join. */
const LOBBY_SHOWN = 100;

function Lobby({ view, joinUrl, qrSvg }: { view: HostView; joinUrl: string; qrSvg: string }) {
  const t = useTranslations('HostConsole');
  const [copied, setCopied] = useState(false);
  const active = view.participants.filter((p) => !p.removed);
  return (
    <section aria-labelledby="lobby-title" className="space-y-6">
      {/* On a phone-sized host screen (320 px) the card, the QR code and the code shrink to fit; the projector gets them big. */}
      <div className="flex flex-col items-center gap-6 rounded-2xl border border-slate-200 bg-white p-4 text-center sm:p-6 md:flex-row md:text-left dark:border-slate-800 dark:bg-slate-900">
        <div className="max-w-full rounded-xl bg-white p-3 [&>svg]:h-auto [&>svg]:w-60 [&>svg]:max-w-full" role="img" aria-label={t('qrAlt', { code: view.code })} dangerouslySetInnerHTML={{ __html: qrSvg }} />
        <div className="min-w-0 space-y-3">
          <p className="text-xl wrap-anywhere">{t('joinAt', { url: joinUrl })}</p>
          <p>
            <span className="block text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t('code')}</span>
            <span className="font-mono text-5xl font-extrabold tracking-[0.2em] min-[400px]:text-6xl sm:text-8xl" data-testid="join-code">
              {view.code}
            </span>
          </p>
          {view.joinPattern && (
            <div className="space-y-1">
              <p className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t('twoStepTitle')}</p>
              <JoinPatternDisplay pattern={view.joinPattern} large />
            </div>
          )}
          <Button
            variant="secondary"
            onClick={() => {
              void navigator.clipboard?.writeText(joinUrl).then(() => setCopied(true));
            }}
          >
            {copied ? t('copied') : t('copyLink')}
          </Button>
        </div>
      </div>
      <div>
        <h1 id="lobby-title" className="text-2xl font-bold">
          {t('lobbyTitle')}
        </h1>
        <p aria-live="polite" className="text-lg">
          {t('playersJoined', { count: active.length })}
        </p>
        <ul className="mt-3 flex flex-wrap gap-2" aria-label={t('players')}>
          {active.slice(-LOBBY_SHOWN).map((p) => (
            <li key={p.id} className="rounded-full bg-indigo-100 px-4 py-2 text-lg font-semibold text-indigo-950 dark:bg-indigo-900 dark:text-indigo-50">
              {p.nickname}
            </li>
          ))}
        </ul>
        {active.length > LOBBY_SHOWN && <p className="mt-3 text-lg">{t('lobbyMore', { count: active.length - LOBBY_SHOWN })}</p>}
      </div>
    </section>
  );
}

function Stage({ view, offset, projecting, sounds }: { view: HostView; offset: number; projecting: boolean; sounds: Sounds }) {
  const t = useTranslations('HostConsole');
  const quiz = useTranslations('Quiz');
  if (view.phase === 'lobby') return null;
  if (view.phase === 'podium') {
    return (
      <section aria-labelledby="podium-title" className="space-y-6">
        <h1 id="podium-title" className="text-center text-4xl font-extrabold">
          {t('podium')}
        </h1>
        <Podium entries={view.standings} />
        <StandingsList entries={view.standings} large />
        <p className="text-center">
          <Link href={`/host/${view.code}/report`} className="inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white">
            {t('report')}
          </Link>
        </p>
      </section>
    );
  }
  if (view.phase === 'leaderboard') {
    return (
      <section aria-labelledby="leaderboard-title" className="space-y-4">
        <QuestionProgress index={view.questionIndex} total={view.questionCount} />
        <h1 id="leaderboard-title" className="text-4xl font-extrabold">
          {t('leaderboard')}
        </h1>
        <StandingsList entries={view.standings} large />
      </section>
    );
  }
  const question = view.question!;
  // A diagram question keeps its drawing on the left after the reveal; the others leave that column free for the answer.
  const onDiagram = question.type === 'hotspot' || question.type === 'labelling';
  const correctKeys = view.reveal ? new Set(view.reveal.correctAnswer ? distributionKeys(view.reveal.correctAnswer) : []) : null;
  return (
    <section aria-labelledby="question-title" className={projecting ? 'space-y-3' : 'space-y-5'}>
      <QuestionProgress index={view.questionIndex} total={view.questionCount} />
      {view.timer && <TimerBar timer={view.timer} offset={offset} large onSecond={(left) => ticksAt(left) && sounds.play('tick')} />}
      <p className="text-sm font-semibold uppercase tracking-wide text-indigo-800 dark:text-indigo-300">{quiz(`type.${question.type}`)}</p>
      <h1 id="question-title" className="text-3xl font-extrabold leading-tight sm:text-5xl">
        {question.prompt}
      </h1>
      {/* On the projector the screen is wide and short: what to answer (then why) on the left,
          how the room is answering on the right (and the why, when a diagram keeps the left),
          so that a question fits without scrolling. */}
      <div className={projecting ? 'grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)] items-start gap-8 pt-2' : 'space-y-5'}>
        <div className="min-w-0 space-y-5">
          <QuestionBoard question={question} reveal={view.reveal} heatmap={view.heatmap} fitHeight={projecting} />
          {projecting && view.reveal && !onDiagram && <RevealPanel question={question} reveal={view.reveal} />}
        </div>
        <div className="min-w-0 space-y-5">
          <p aria-live="polite" className="text-xl font-semibold" data-testid="answered-count">
            {t('answeredCount', { answered: view.answeredCount, total: view.activeCount })}
          </p>
          {hasChoiceChart(question) && (view.distribution.length > 0 || question.options.length > 0 || question.type === 'truefalse') && (
            <DistributionChart question={question} bars={view.distribution} correctKeys={correctKeys} title={view.reveal ? t('distributionFinal') : t('distribution')} />
          )}
          {view.parts.length > 0 && <PartResults question={question} parts={view.parts} />}
          {projecting && view.reveal && onDiagram && <RevealPanel question={question} reveal={view.reveal} />}
        </div>
      </div>
      {!projecting && view.reveal && <RevealPanel question={question} reveal={view.reveal} />}
    </section>
  );
}

/** The right answer, why, and where it comes from: shown to the room once the question closes. */
function RevealPanel({ question, reveal }: { question: PublicQuestion; reveal: PublicReveal }) {
  const t = useTranslations('HostConsole');
  return (
    <div className="space-y-2 rounded-2xl border-2 border-emerald-700 bg-emerald-50 p-5 text-lg dark:bg-emerald-950">
      <h2 className="text-2xl font-bold">{t('correctAnswer')}</h2>
      <div className="text-xl font-semibold">
        {reveal.correctAnswer && <AnswerText question={question} answer={reveal.correctAnswer} correctText={reveal.correctText} />}
      </div>
      <h3 className="pt-2 font-bold">{t('explanation')}</h3>
      <p>{reveal.explanation}</p>
      {reveal.about && <AboutRegion regionId={reveal.about.regionId} diagramId={reveal.about.diagramId} />}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t('source', { source: sourceLine(question.source) })}
      </p>
    </div>
  );
}

/** Names the diagram part a revealed question is about, linked to it in the explorer. */
function AboutRegion({ diagramId, regionId }: { diagramId: string; regionId: string }) {
  const t = useTranslations('HostConsole');
  const label = useRegionLabel();
  return (
    <p>
      <Link href={{ pathname: `/diagrams/${diagramId}`, query: { region: regionId } }} target="_blank" rel="noopener" className="font-semibold underline">
        {t('aboutRegion', { region: label(regionId) })}
      </Link>
    </p>
  );
}

function Controls({ view, busy, command }: { view: HostView; busy: boolean; command: ReturnType<typeof useHostSession>['command'] }) {
  const t = useTranslations('HostConsole');
  const last = view.questionIndex + 1 >= view.questionCount;
  // The step forward is the first button of each phase (and the clicker's: useClicker).
  const step = stepForward(view.phase, view.activeCount);
  const forward = () => void (step && command(step));
  switch (view.phase) {
    case 'lobby':
      return (
        <Button className="px-8 text-xl" disabled={busy || !step} onClick={forward}>
          {t('start')}
        </Button>
      );
    case 'question':
      return (
        <>
          <Button disabled={busy} onClick={forward}>
            {t('revealNow')}
          </Button>
          {view.timer?.paused ? (
            <Button variant="secondary" disabled={busy} onClick={() => command({ action: 'resume' })}>
              {t('resume')}
            </Button>
          ) : (
            <Button variant="secondary" disabled={busy} onClick={() => command({ action: 'pause' })}>
              {t('pause')}
            </Button>
          )}
          <Button variant="secondary" disabled={busy} onClick={() => command({ action: 'extend', seconds: 15 })} aria-label={t('extendLabel')}>
            {t('extend')}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={() => command({ action: 'skip' })}>
            {t('skip')}
          </Button>
          <EndButton busy={busy} command={command} />
        </>
      );
    case 'reveal':
      return (
        <>
          <Button className="px-8 text-xl" disabled={busy} onClick={forward}>
            {t('showLeaderboard')}
          </Button>
          <EndButton busy={busy} command={command} />
        </>
      );
    case 'leaderboard':
      return (
        <>
          <Button className="px-8 text-xl" disabled={busy} onClick={forward}>
            {last ? t('showPodium') : t('nextQuestion')}
          </Button>
          {!last && <EndButton busy={busy} command={command} />}
        </>
      );
    case 'podium':
      return null;
  }
}

function EndButton({ busy, command }: { busy: boolean; command: ReturnType<typeof useHostSession>['command'] }) {
  const t = useTranslations('HostConsole');
  return (
    <Button
      variant="danger"
      disabled={busy}
      onClick={() => {
        if (window.confirm(t('endConfirm'))) void command({ action: 'end' });
      }}
    >
      {t('end')}
    </Button>
  );
}
