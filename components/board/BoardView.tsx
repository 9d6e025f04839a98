'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type PointerEvent } from 'react';
import { clockOffset } from '../../lib/client/server-clock';
import { HOST_AUTHOR, MAX_NOTE_TEXT, REACTIONS, type BoardActor, type Note } from '../../lib/board/model';
import { migrateLegacySecret, seats } from '../../lib/client/credentials';
import { request, type LiveClientSocket } from '../../lib/client/live-socket';
import { DIAGRAM_CONTENT } from '../../lib/diagram/content';
import { DIAGRAM_REGIONS, type DiagramId, type RegionId } from '../../lib/diagram/ids';
import type { ErrorCode } from '../../lib/protocol/errors';
import type { Answer, Locale } from '../../lib/quiz/types';
import { withHostDelta, type HostDelta } from '../../lib/quiz/host-delta';
import { withRound, type OwnView, type RoundView } from '../../lib/quiz/round-view';
import type { HostView, PlayerView } from '../../lib/quiz/views';
import { Link } from '../../i18n/navigation';
import { DiagramFigure, regionAnchor } from '../diagram/DiagramFigure';
import { useRegionLabel } from '../diagram/useRegionLabel';
import { useLiveConnection, type ConnectionStatus } from '../quiz/useLiveConnection';
import { Button } from '../ui/Button';
import { FullscreenButton } from '../ui/FullscreenButton';
import { useFullscreen } from '../ui/useFullscreen';
import { layoutOf } from '../diagram/geometry';
import { ErrorNotice } from '../ui/ErrorNotice';
import { BoardQuizLayer, BoardQuizPanel } from './BoardQuiz';
import { BoardStage } from './BoardStage';
import { colourOf, useBoard, type Peer } from './useBoard';
import { useBoardAnswer, type LiveView, type SubmitAnswer } from './useBoardAnswer';

/** Which credential cookie this browser tries first in the session (it tries the other after a refusal). */
type Credentials = { role: 'host' | 'player' } | null;

/**
 * A board whose socket and identity come from the page around it: a cohort space binds its
 * socket with `cohort:member` or `cohort:facilitate`, and the server then opens the space's
 * boards (code = its invitation code) to that socket as that member or as the host.
 */
export interface BoardBinding {
  socket: LiveClientSocket | null;
  status: ConnectionStatus;
  /** Bumped after each (re)binding of the socket, so the board joins again. */
  binding: number;
  actor: BoardActor | null;
  name: string;
  /** Author id -> name, for the notes of people not on the board right now. */
  names: Record<string, string>;
  /** Where the board of another diagram is. */
  hrefOf: (diagramId: DiagramId) => string;
  /** The line under the title. */
  lead: string;
}

/**
 * The shared board of one diagram in one live session: pins, notes, cursors, host controls.
 * With `bound`, the page supplies the socket and who this is (a cohort space), instead of a session's cookie.
 */
export function BoardView({ code, diagramId, bound }: { code: string; diagramId: DiagramId; bound?: BoardBinding }) {
  const t = useTranslations('Board');
  const locale = useLocale() as Locale;
  const [credentials, setCredentials] = useState<Credentials | undefined>(undefined);
  const [actor, setActor] = useState<BoardActor | null>(null);
  const [myName, setMyName] = useState('');
  const [binding, setBinding] = useState(0);
  const [nicknames, setNicknames] = useState<Record<string, string>>({});
  const [fatal, setFatal] = useState<ErrorCode | null>(null);

  const external = bound !== undefined;
  useEffect(() => {
    if (external) return;
    let live = true;
    // Secrets an older version left in localStorage go into their cookies before the socket opens.
    void Promise.all([migrateLegacySecret('host', code), migrateLegacySecret('player', code)]).then(() => {
      // The seats only say which cookie to try first; the server decides (host:attach, then player:resume).
      if (live) setCredentials({ role: seats.has('player', code) && !seats.has('host', code) ? 'player' : 'host' });
    });
    return () => {
      live = false;
    };
  }, [code, external]);

  // The live quiz as this socket sees it, for the question panel.
  const [live, setLive] = useState<LiveView | null>(null);
  const [offset, setOffset] = useState(0);
  const onLiveView = useCallback((v: LiveView) => {
    setLive(v);
    setOffset(clockOffset(v.serverNow));
  }, []);
  // A player's own part of a reveal or leaderboard comes just before its round (see usePlayerSession).
  const pendingOwn = useRef<OwnView | null>(null);
  const onOwn = useCallback((o: OwnView) => {
    pendingOwn.current = o;
  }, []);
  const onRound = useCallback((r: RoundView) => {
    const own = pendingOwn.current;
    pendingOwn.current = null;
    setLive((v) => (v?.role === 'player' ? withRound(v, r, own) : v));
    setOffset(clockOffset(r.serverNow));
  }, []);
  const onHostDelta = useCallback((d: HostDelta) => {
    if (d.participants.length > 0) setNicknames((n) => ({ ...n, ...Object.fromEntries(d.participants.map((p) => [p.id, p.nickname])) }));
    setLive((v) => (v?.role === 'host' ? withHostDelta(v, d) : v));
    setOffset(clockOffset(d.serverNow));
  }, []);
  const onHostView = useCallback(
    (v: HostView) => {
      setNicknames(Object.fromEntries(v.participants.map((p) => [p.id, p.nickname])));
      onLiveView(v);
    },
    [onLiveView],
  );

  const own = useLiveConnection((s: LiveClientSocket) => {
    if (!credentials) return;
    // Neither sends a secret: the server reads the HttpOnly cookie of the handshake.
    const asHost = async (): Promise<ErrorCode | null> => {
      s.off('host:state').on('host:state', onHostView);
      s.off('host:delta').on('host:delta', onHostDelta);
      const r = await request(s, 'host:attach', { code, locale });
      if (!r.ok) {
        s.off('host:state');
        s.off('host:delta');
        return r.error.code;
      }
      onHostView(r.data);
      setActor((a) => (a?.id === HOST_AUTHOR ? a : { id: HOST_AUTHOR, role: 'host' }));
      return null;
    };
    const asPlayer = async (): Promise<ErrorCode | null> => {
      s.off('player:state').on('player:state', onLiveView);
      s.off('player:own').on('player:own', onOwn);
      s.off('player:round').on('player:round', onRound);
      const r = await request(s, 'player:resume', { code, locale });
      if (!r.ok) {
        s.off('player:state');
        s.off('player:own');
        s.off('player:round');
        return r.error.code;
      }
      const v: PlayerView = r.data;
      onLiveView(v);
      setMyName(v.nickname);
      setActor((a) => (a?.id === v.playerId ? a : { id: v.playerId, role: 'player' }));
      return null;
    };
    const [first, second] = credentials.role === 'host' ? [asHost, asPlayer] : [asPlayer, asHost];
    void (async () => {
      const refused = await first();
      if (refused === null) return setBinding((b) => b + 1);
      // A refusal for lack of a credential: try the other role; anything else is the answer.
      if (refused !== 'NOT_AUTHORIZED' && refused !== 'UNKNOWN_PLAYER') return setFatal(refused);
      const again = await second();
      if (again === null) return setBinding((b) => b + 1);
      if (again === 'NOT_AUTHORIZED' || again === 'UNKNOWN_PLAYER') return setCredentials(null);
      setFatal(again);
    })();
  }, Boolean(credentials) && !external);
  const socket = bound ? bound.socket : own.socket;
  const status = bound ? bound.status : own.status;
  const connectionFatal = bound ? null : own.fatal;
  const me = bound ? bound.actor : actor;
  const names = bound ? bound.names : nicknames;

  const name = bound ? bound.name : actor?.role === 'host' ? t('facilitator') : myName;
  const board = useBoard({ socket, code, diagramId, actor: me, name, binding: bound ? bound.binding : binding });
  const title = DIAGRAM_CONTENT[diagramId].title[locale];

  // The same answer:submit as the play page; the answer goes nowhere else.
  const submit: SubmitAnswer = useCallback(
    async (answer: Answer) => {
      if (!socket || live?.role !== 'player') return { ok: false, code: 'INTERNAL' };
      const r = await request(socket, 'answer:submit', { code, questionIndex: live.questionIndex, answer });
      if (!r.ok) return { ok: false, code: r.error.code };
      setLive((v) => (v?.role === 'player' && v.questionIndex === r.data.questionIndex ? { ...v, myAnswer: v.myAnswer ?? answer } : v));
      return { ok: true };
    },
    [socket, live, code],
  );

  if ((!external && credentials === null) || fatal || connectionFatal) {
    return (
      <div className="mx-auto max-w-xl space-y-3 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-2xl font-bold">{t('notJoinedTitle')}</h1>
        {(fatal ?? connectionFatal) && <ErrorNotice code={fatal ?? connectionFatal} />}
        <p>{t('notJoinedBody')}</p>
        <Link href={{ pathname: '/join', query: { code } }} className="inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white">
          {t('joinLink')}
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-3xl font-extrabold tracking-tight">{t('title', { diagram: title })}</h1>
        <p className="text-slate-700 dark:text-slate-300">{bound ? bound.lead : t('lead', { code })}</p>
        <nav aria-label={t('otherDiagrams')}>
          <ul className="flex flex-wrap gap-2 text-sm font-semibold">
            {(Object.keys(DIAGRAM_REGIONS) as DiagramId[]).map((id) => (
              <li key={id}>
                <Link
                  href={bound ? bound.hrefOf(id) : `/board/${code}/${id}`}
                  aria-current={id === diagramId ? 'page' : undefined}
                  className={id === diagramId ? 'inline-block rounded-md bg-indigo-700 px-3 py-1.5 text-white' : 'inline-block rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'}
                >
                  {DIAGRAM_CONTENT[id].title[locale as Locale]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <p role="status" className={status === 'offline' ? 'rounded-lg bg-amber-100 px-3 py-2 font-semibold text-amber-950' : 'sr-only'}>
        {status === 'offline' ? t('reconnecting') : board.status === 'ready' ? t('connected') : t('connecting')}
      </p>
      <Board board={board} actor={me} code={code} diagramId={diagramId} nicknames={names} myName={name} live={live} offset={offset} submitAnswer={submit} />
    </div>
  );
}

type BoardApi = ReturnType<typeof useBoard>;

function Board({
  board,
  actor,
  code,
  diagramId,
  nicknames,
  myName,
  live,
  offset,
  submitAnswer,
}: {
  board: BoardApi;
  actor: BoardActor | null;
  code: string;
  diagramId: DiagramId;
  nicknames: Record<string, string>;
  myName: string;
  live: LiveView | null;
  offset: number;
  submitAnswer: SubmitAnswer;
}) {
  const t = useTranslations('Board');
  const regionLabel = useRegionLabel();
  const isHost = actor?.role === 'host';
  const { settings, peers, actions } = board;
  const [selected, setSelected] = useState<RegionId | null>(null);
  const [formRegion, setFormRegion] = useState<RegionId | ''>('');
  const [formPoint, setFormPoint] = useState<{ x: number; y: number } | null>(null);
  const [text, setText] = useState('');
  const figureRef = useRef<HTMLDivElement>(null);
  const lastPoint = useRef<{ x: number; y: number; at: number } | null>(null);
  const regionSelectId = useId();
  const textId = useId();
  const answer = useBoardAnswer(live, diagramId, submitAnswer);
  const answering = answer.answering;
  // The facilitator's full screen is the projector view: the diagram as large as the screen
  // allows, who is here and the notes; not the note form, and not the notes they have hidden
  // (the facilitator's own screen shows those, marked; the room must not read them).
  const projectorRef = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(projectorRef);
  const projecting = fullscreen.on;
  const { width, height } = layoutOf(diagramId);
  const aspect = width / height;

  const hostPeer = peers.find((p) => p.role === 'host');
  const following = !isHost && settings.follow;
  const shownSelected = following ? (hostPeer?.selected ?? null) : selected;
  const locked = settings.locked && !isHost;

  const nameOf = useCallback(
    (id: string) => {
      if (id === actor?.id) return t('you', { name: myName });
      if (id === HOST_AUTHOR) return t('facilitator');
      return peers.find((p) => p.id === id)?.name ?? nicknames[id] ?? t('someone');
    },
    [actor?.id, myName, nicknames, peers, t],
  );

  // Spotlight: every screen brings the (zoomed) diagram into view.
  useEffect(() => {
    if (!settings.spotlight) return;
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    figureRef.current?.scrollIntoView({ block: 'nearest', behavior: calm ? 'auto' : 'smooth' });
  }, [settings.spotlight]);

  // Where a player points while answering is theirs alone: no cursor goes out meanwhile.
  useEffect(() => {
    if (answering) board.moveCursor(null);
  }, [answering, board.moveCursor]);

  const pointIn = (event: PointerEvent) => {
    const box = figureRef.current?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return null;
    const clamp = (v: number) => Math.min(1, Math.max(0, v));
    return { x: clamp((event.clientX - box.left) / box.width), y: clamp((event.clientY - box.top) / box.height) };
  };

  const onSelect = (regionId: RegionId | null) => {
    setSelected(regionId);
    board.selectRegion(regionId);
    if (regionId) {
      setFormRegion(regionId);
      const recent = lastPoint.current && Date.now() - lastPoint.current.at < 1000 ? lastPoint.current : null;
      setFormPoint(recent ? { x: recent.x, y: recent.y } : regionAnchor(diagramId, regionId));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = text.trim();
    if (!formRegion || !body) return;
    actions.addNote(formRegion, formPoint ?? regionAnchor(diagramId, formRegion), body.slice(0, MAX_NOTE_TEXT));
    setText('');
  };

  const visibleNotes = board.notes.filter((n) => (isHost && !projecting) || !n.hidden);
  // While a player answers on this diagram the spotlight waits: a region lit (perhaps left
  // from the last reveal) would point at an answer, and for labelling name a marker.
  const spotlight = answering ? null : settings.spotlight;
  const spotlit = spotlight ? [spotlight] : [];
  // After a hotspot question's reveal, its right regions are marked on this diagram's board.
  const revealedRegions = answer.here && live?.reveal ? live.reveal.regions : [];
  const recentPoint = () => (lastPoint.current && Date.now() - lastPoint.current.at < 1000 ? { x: lastPoint.current.x, y: lastPoint.current.y } : null);

  return (
    <div
      ref={projectorRef}
      data-projector
      className={`grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] ${projecting ? 'overflow-y-auto bg-slate-50 p-6 dark:bg-slate-950' : ''}`}
    >
      <div className="min-w-0 space-y-4">
        {live && answer.question && <BoardQuizPanel live={live} offset={offset} code={code} diagramId={diagramId} answer={answer} />}
        <BoardStage
          ref={figureRef}
          diagramId={diagramId}
          spotlight={spotlight}
          // On the projector the whole diagram fits the screen's height: as wide as that allows, centred.
          style={projecting ? { maxWidth: `calc((100vh - 12rem) * ${aspect})`, marginInline: 'auto' } : undefined}
          caption={
            <div role="status" aria-live="polite">
              {spotlight && (
                <p className="font-semibold" data-testid="spotlight">
                  {t('spotlightOn', { region: regionLabel(spotlight) })}
                </p>
              )}
              {settings.spotlight && !spotlight && <p className="font-semibold">{t('spotlightPaused')}</p>}
            </div>
          }
          onPointerMove={(e) => {
            if (answering) return;
            const p = pointIn(e);
            if (p) board.moveCursor(p);
          }}
          onPointerLeave={() => board.moveCursor(null)}
          onPointerDown={(e) => {
            const p = pointIn(e);
            if (p) lastPoint.current = { ...p, at: Date.now() };
          }}
          figure={
            answering && answer.question?.type === 'hotspot' ? (
              <DiagramFigure diagramId={diagramId} mode="pick" selected={answer.picked?.regionId ?? null} highlighted={spotlit} onPick={(regionId, point) => answer.pickRegion(regionId, recentPoint() ?? point)} />
            ) : answering && answer.question?.type === 'labelling' ? (
              <DiagramFigure diagramId={diagramId} mode="label" highlighted={spotlit} />
            ) : (
              <DiagramFigure diagramId={diagramId} mode="explore" selected={shownSelected} highlighted={[...spotlit, ...revealedRegions]} onSelect={following ? undefined : onSelect} />
            )
          }
        >
          <div aria-hidden="true" className="pointer-events-none absolute inset-0">
            {visibleNotes.map((note) => (
              <span
                key={note.id}
                data-testid="board-pin"
                className="absolute h-4 w-4 rounded-full border-2 border-white shadow"
                style={{ left: `${note.x * 100}%`, top: `${note.y * 100}%`, transform: 'translate(-50%, -50%) scale(var(--board-inverse, 1))', backgroundColor: note.resolved ? '#64748b' : colourOf(note.author), opacity: note.hidden ? 0.4 : 1 }}
              />
            ))}
            {peers
              .filter((p) => p.cursor)
              .map((p) => (
                <span
                  key={p.clientId}
                  data-testid="board-cursor"
                  data-name={p.name}
                  className="absolute origin-top-left transition-[left,top] duration-100 ease-linear"
                  style={{ left: `${p.cursor!.x * 100}%`, top: `${p.cursor!.y * 100}%`, transform: 'scale(var(--board-inverse, 1))' }}
                >
                  <svg width="14" height="14" viewBox="0 0 14 14" className="-ml-px -mt-px block">
                    <path d="M0 0 L14 5 L6 7 L4 14 Z" fill={p.colour} stroke="white" strokeWidth="1" />
                  </svg>
                  <span className="ml-3 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold text-white" style={{ backgroundColor: p.colour }}>
                    {p.name}
                  </span>
                </span>
              ))}
          </div>
          {live && <BoardQuizLayer live={live} diagramId={diagramId} answer={answer} />}
        </BoardStage>
        {following && <p className="font-semibold">{t('following')}</p>}
        {isHost && (
          <section aria-labelledby="board-host-controls" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <h2 id="board-host-controls" className="text-lg font-semibold">
              {t('hostControls')}
            </h2>
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" disabled={!selected} onClick={() => selected && actions.spotlight(selected)}>
                {t('spotlight')}
              </Button>
              {settings.spotlight && (
                <Button variant="secondary" onClick={() => actions.spotlight(null)}>
                  {t('spotlightOff')}
                </Button>
              )}
              <Button variant="secondary" aria-pressed={settings.follow} onClick={() => actions.follow(!settings.follow)}>
                {t('followMe')}
              </Button>
              <Button variant="secondary" aria-pressed={settings.locked} onClick={() => actions.lock(!settings.locked)}>
                {t('lock')}
              </Button>
              <Button variant="danger" onClick={() => actions.clear()}>
                {t('clear')}
              </Button>
              <FullscreenButton fullscreen={fullscreen} />
            </div>
          </section>
        )}
      </div>
      <aside className="space-y-4">
        <section aria-labelledby="board-here" className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="board-here" className="text-lg font-semibold">
            {t('whoIsHere')}
          </h2>
          <ul data-testid="who-is-here" className="mt-2 space-y-1">
            {myName && <PersonRow name={t('you', { name: myName })} colour={actor ? colourOf(actor.id) : '#64748b'} />}
            {peers.map((p: Peer) => (
              <PersonRow key={p.clientId} name={p.name} colour={p.colour} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="board-add" className={projecting ? 'hidden' : 'rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900'}>
          <h2 id="board-add" className="text-lg font-semibold">
            {t('addNote')}
          </h2>
          {locked ? (
            <p className="mt-2">{t('lockedBody')}</p>
          ) : (
            <form onSubmit={submit} className="mt-2 space-y-2">
              <p className="text-sm text-slate-700 dark:text-slate-300">{t('addHint')}</p>
              <label htmlFor={regionSelectId} className="block text-sm font-semibold">
                {t('region')}
              </label>
              <select
                id={regionSelectId}
                value={formRegion}
                onChange={(e) => {
                  const id = e.target.value as RegionId | '';
                  setFormRegion(id);
                  setFormPoint(id ? regionAnchor(diagramId, id) : null);
                }}
                className="w-full rounded-lg border border-slate-400 bg-white px-2 py-2 dark:border-slate-600 dark:bg-slate-800"
              >
                <option value="">{t('chooseRegion')}</option>
                {DIAGRAM_REGIONS[diagramId].map((id) => (
                  <option key={id} value={id}>
                    {regionLabel(id)}
                  </option>
                ))}
              </select>
              <label htmlFor={textId} className="block text-sm font-semibold">
                {t('noteText')}
              </label>
              <textarea
                id={textId}
                value={text}
                maxLength={MAX_NOTE_TEXT}
                onChange={(e) => setText(e.target.value)}
                rows={3}
                className="w-full rounded-lg border border-slate-400 bg-white px-2 py-2 dark:border-slate-600 dark:bg-slate-800"
              />
              <Button type="submit" disabled={!formRegion || !text.trim()}>
                {t('send')}
              </Button>
            </form>
          )}
          {board.lastError && <ErrorNotice code={board.lastError as ErrorCode} />}
        </section>
        <section aria-labelledby="board-notes" className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="board-notes" className="text-lg font-semibold">
            {t('notes', { count: visibleNotes.length })}
          </h2>
          {visibleNotes.length === 0 ? (
            <p className="mt-2 text-slate-700 dark:text-slate-300">{t('noNotes')}</p>
          ) : (
            <ul data-testid="board-notes" className="mt-2 space-y-3">
              {visibleNotes.map((note) => (
                <NoteItem key={note.id} note={note} actor={actor} locked={locked} nameOf={nameOf} regionLabel={regionLabel} actions={actions} />
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
  );
}

function PersonRow({ name, colour }: { name: string; colour: string }) {
  return (
    <li className="flex items-center gap-2">
      <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: colour }} />
      <span>{name}</span>
    </li>
  );
}

function NoteItem({
  note,
  actor,
  locked,
  nameOf,
  regionLabel,
  actions,
}: {
  note: Note;
  actor: BoardActor | null;
  locked: boolean;
  nameOf: (id: string) => string;
  regionLabel: (id: string) => string;
  actions: BoardApi['actions'];
}) {
  const t = useTranslations('Board');
  const [reply, setReply] = useState('');
  const replyId = useId();
  const isHost = actor?.role === 'host';
  const own = actor?.id === note.author;
  const mine = actor ? note.reactions[actor.id] : undefined;
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const r of Object.values(note.reactions)) c[r] = (c[r] ?? 0) + 1;
    return c;
  }, [note.reactions]);

  return (
    <li data-testid="board-note" className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t('noteMeta', { author: nameOf(note.author), region: regionLabel(note.regionId) })}
        {note.resolved && <span className="ml-2 font-semibold">{t('resolved')}</span>}
        {note.hidden && <span className="ml-2 font-semibold">{t('hidden')}</span>}
      </p>
      <p className="whitespace-pre-wrap break-words">{note.text}</p>
      {note.replies.length > 0 && (
        <ul className="space-y-1 border-l-2 border-slate-300 pl-3 dark:border-slate-600">
          {note.replies.map((r) => (
            <li key={r.id} className="text-sm">
              <span className="font-semibold">{nameOf(r.author)}: </span>
              <span className="whitespace-pre-wrap break-words">{r.text}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-1">
        {REACTIONS.map((r) => (
          <button
            key={r}
            type="button"
            disabled={locked}
            aria-pressed={mine === r}
            onClick={() => actions.react(note.id, mine === r ? null : r)}
            className="min-h-11 rounded-full border border-slate-300 px-3 text-sm aria-pressed:bg-indigo-100 aria-pressed:text-indigo-950 dark:border-slate-600 dark:aria-pressed:bg-indigo-900 dark:aria-pressed:text-indigo-50"
          >
            {t(`reaction.${r}`)} {counts[r] ? `(${counts[r]})` : ''}
          </button>
        ))}
      </div>
      {!locked && (
        <div className="flex flex-wrap gap-2">
          {(own || isHost) && (
            <Button variant="secondary" onClick={() => actions.resolve(note.id, !note.resolved)}>
              {note.resolved ? t('reopen') : t('resolve')}
            </Button>
          )}
          {(own || isHost) && (
            <Button variant="secondary" onClick={() => actions.deleteNote(note.id)}>
              {t('delete')}
            </Button>
          )}
          {isHost && (
            <Button variant="secondary" onClick={() => actions.hide(note.id, !note.hidden)}>
              {note.hidden ? t('show') : t('hide')}
            </Button>
          )}
        </div>
      )}
      {!locked && (
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const body = reply.trim();
            if (!body) return;
            actions.reply(note.id, body.slice(0, MAX_NOTE_TEXT));
            setReply('');
          }}
        >
          <label htmlFor={replyId} className="sr-only">
            {t('replyLabel')}
          </label>
          <input
            id={replyId}
            value={reply}
            maxLength={MAX_NOTE_TEXT}
            onChange={(e) => setReply(e.target.value)}
            placeholder={t('replyPlaceholder')}
            className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-2 py-2 dark:border-slate-600 dark:bg-slate-800"
          />
          <Button type="submit" variant="secondary" disabled={!reply.trim()}>
            {t('reply')}
          </Button>
        </form>
      )}
    </li>
  );
}
