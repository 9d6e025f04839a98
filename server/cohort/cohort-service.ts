import { readFileSync } from 'node:fs';
import type { LessonCard, Misconception } from '../../lib/content/types';
import { readNotes } from '../../lib/board/model';
import { updateSettings } from '../../lib/board/notes';
import { buildDashboard, buildMemberView, type BoardNotes, type QuestionFacts } from '../../lib/cohort/figures';
import type { CohortDashboard, CohortInfo, CohortInvitation, CreatedCohort, LiveRoundInfo, MemberCredentials, MemberView } from '../../lib/cohort/views';
import { DIAGRAM_IDS, type DiagramId } from '../../lib/diagram/ids';
import { practiceFeedback, type PracticeFeedback } from '../../lib/learn/practice';
import type { ErrorCode } from '../../lib/protocol/errors';
import type { CreateCohortBody, LiveRoundSelection } from '../../lib/protocol/schemas';
import { grade, isWellFormed } from '../../lib/quiz/check';
import { isBlockedNickname } from '../../lib/quiz/blocked-words';
import { nicknameKey, normalizeNickname } from '../../lib/quiz/nickname';
import type { ScoringMode } from '../../lib/quiz/scoring';
import { LOCALES, TOPICS, type Answer, type Locale, type Question, type Quiz } from '../../lib/quiz/types';
import type { BoardStore } from '../board/board-store';
import type { Clock } from '../clock';
import type { SessionRegistry } from '../live/session-registry';
import type { Logger } from '../logger';
import { DuplicateAnswerError, DuplicateCodeError, DuplicateNameError, type CohortMemberRecord, type CohortRecord, type CohortRepository } from '../persistence/types';
import { hashSecret, newId, newSecret, randomCode, secretMatches } from '../secrets';

/** The words the server itself writes into cohort figures and files, per language. */
export interface CohortMessages {
  facilitator: string;
  csv: Record<'member' | 'language' | 'joined' | 'lastActive' | 'started' | 'yes' | 'no' | 'cardsRead' | 'cardsTotal' | 'answered' | 'questionsTotal' | 'score' | 'scoreIn', string>;
}

/** Reads `CohortReport.json` of every language from locales/. */
export function loadCohortMessages(localesDir: URL): Record<Locale, CohortMessages> {
  const out = {} as Record<Locale, CohortMessages>;
  for (const locale of LOCALES) out[locale] = JSON.parse(readFileSync(new URL(`${locale}/CohortReport.json`, localesDir), 'utf8')) as CohortMessages;
  return out;
}

export interface CohortServiceDeps {
  cohorts: CohortRepository;
  boards: BoardStore;
  registry: SessionRegistry;
  presets: readonly Quiz[];
  bank: readonly Question[];
  lessons: readonly LessonCard[];
  misconceptions: readonly Misconception[];
  messages: Record<Locale, CohortMessages>;
  clock: Clock;
  logger: Logger;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };
const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = (code: ErrorCode): { ok: false; code: ErrorCode } => ({ ok: false, code });

/** Characters of invitation (8) and resume (10) codes: the join-code alphabet, no look-alikes. */
const INVITE_LENGTH = 8;
const RESUME_LENGTH = 10;
/** How many of the most missed questions a live round plays when asked for "most missed". */
export const DEFAULT_MOST_MISSED = 5;

/**
 * Cohort spaces: creating and joining them, what members do in them, and the figures the
 * facilitator reads. Every write is stored before it is reported done; the figures are
 * computed from the stored rows each time (lib/cohort/figures.ts), so they cannot drift
 * from what members did. Transport-free: the socket and HTTP layers call it.
 */
export class CohortService {
  private readonly questions = new Map<string, Question>();
  private readonly facts = new Map<string, QuestionFacts>();
  /** Live round session code -> space id, for the rounds this process has seen. */
  private readonly roundOwners = new Map<string, string>();

  constructor(private readonly deps: CohortServiceDeps) {
    for (const q of [...deps.presets.flatMap((p) => p.questions), ...deps.bank]) {
      if (this.questions.has(q.id)) continue;
      this.questions.set(q.id, q);
      this.facts.set(q.id, { topic: q.topic, prompt: q.prompt });
    }
  }

  async create(body: CreateCohortBody): Promise<Outcome<CreatedCohort>> {
    const now = this.deps.clock.now();
    if (body.deadline !== null && body.deadline <= now) return fail('BAD_REQUEST');
    const topics = TOPICS.filter((t) => body.topics.includes(t));
    let questionIds: string[];
    if (body.quizId) {
      const preset = this.deps.presets.find((p) => p.id === body.quizId);
      if (!preset) return fail('NOT_FOUND');
      questionIds = preset.questions.filter((q) => topics.includes(q.topic)).map((q) => q.id);
    } else {
      questionIds = this.deps.bank.filter((q) => topics.includes(q.topic)).map((q) => q.id);
    }
    if (questionIds.length === 0) return fail('NOT_FOUND');
    const facilitatorSecret = newSecret();
    for (let attempt = 0; ; attempt++) {
      const record: CohortRecord = {
        id: newId(),
        name: body.name,
        locale: body.locale,
        deadline: body.deadline,
        topics,
        quizId: body.quizId,
        questionIds,
        cardIds: this.deps.lessons.filter((c) => topics.includes(c.topic)).map((c) => c.id),
        inviteCode: randomCode(INVITE_LENGTH),
        facilitatorSecretHash: hashSecret(facilitatorSecret),
        createdAt: now,
        closedAt: null,
      };
      try {
        await this.deps.cohorts.create(record);
        return ok({ cohortId: record.id, inviteCode: record.inviteCode, facilitatorSecret });
      } catch (error) {
        if (!(error instanceof DuplicateCodeError) || attempt >= 5) throw error;
      }
    }
  }

  async invitation(inviteCode: string): Promise<CohortInvitation | undefined> {
    const cohort = await this.deps.cohorts.findByInvite(inviteCode);
    return cohort && { name: cohort.name, locale: cohort.locale, deadline: cohort.deadline, closed: cohort.closedAt !== null };
  }

  async join(input: { inviteCode: string; name: string; locale: Locale }): Promise<Outcome<MemberCredentials>> {
    const cohort = await this.deps.cohorts.findByInvite(input.inviteCode);
    if (!cohort) return fail('NOT_FOUND');
    if (cohort.closedAt !== null) return fail('COHORT_CLOSED');
    const name = normalizeNickname(input.name);
    if (!name) return fail('INVALID_NICKNAME');
    if (isBlockedNickname(name)) return fail('NICKNAME_BLOCKED');
    const memberSecret = newSecret();
    const now = this.deps.clock.now();
    for (let attempt = 0; ; attempt++) {
      const member: CohortMemberRecord = {
        id: newId(),
        cohortId: cohort.id,
        name,
        nameKey: nicknameKey(name),
        locale: input.locale,
        resumeCode: randomCode(RESUME_LENGTH),
        joinedAt: now,
        lastActiveAt: now,
        seenReplyIds: [],
      };
      try {
        await this.deps.cohorts.addMember(member, hashSecret(memberSecret));
        return ok({ cohortId: cohort.id, memberId: member.id, memberSecret, resumeCode: member.resumeCode });
      } catch (error) {
        if (error instanceof DuplicateNameError) return fail('NAME_TAKEN');
        if (!(error instanceof DuplicateCodeError) || attempt >= 5) throw error;
      }
    }
  }

  /** A new device secret for the member whose resume code this is. */
  async resume(resumeCode: string): Promise<Outcome<MemberCredentials>> {
    const member = await this.deps.cohorts.memberByResumeCode(resumeCode);
    if (!member) return fail('NOT_FOUND');
    const memberSecret = newSecret();
    await this.deps.cohorts.addDevice(member.id, hashSecret(memberSecret), this.deps.clock.now());
    return ok({ cohortId: member.cohortId, memberId: member.id, memberSecret, resumeCode: member.resumeCode });
  }

  async asFacilitator(cohortId: string, secret: string): Promise<CohortRecord | undefined> {
    const cohort = await this.deps.cohorts.find(cohortId);
    return cohort && secretMatches(secret, cohort.facilitatorSecretHash) ? cohort : undefined;
  }

  async asMember(cohortId: string, secret: string): Promise<{ cohort: CohortRecord; member: CohortMemberRecord } | undefined> {
    const [cohort, member] = await Promise.all([this.deps.cohorts.find(cohortId), this.deps.cohorts.memberBySecret(cohortId, hashSecret(secret))]);
    return cohort && member ? { cohort, member } : undefined;
  }

  find(cohortId: string): Promise<CohortRecord | undefined> {
    return this.deps.cohorts.find(cohortId);
  }

  findByInvite(inviteCode: string): Promise<CohortRecord | undefined> {
    return this.deps.cohorts.findByInvite(inviteCode);
  }

  members(cohortId: string): Promise<CohortMemberRecord[]> {
    return this.deps.cohorts.members(cohortId);
  }

  async dashboard(cohortId: string, locale: Locale, online: ReadonlySet<string>): Promise<CohortDashboard | undefined> {
    const cohort = await this.deps.cohorts.find(cohortId);
    if (!cohort) return undefined;
    const { members, cards, answers, boards, liveRound } = await this.stored(cohort);
    return buildDashboard({ info: info(cohort), members, cards, answers, boards, online, questions: this.facts, locale, facilitatorName: this.deps.messages[locale].facilitator, liveRound });
  }

  async memberView(cohortId: string, memberId: string, locale: Locale): Promise<MemberView | undefined> {
    const cohort = await this.deps.cohorts.find(cohortId);
    if (!cohort) return undefined;
    const { members, cards, answers, boards, liveRound } = await this.stored(cohort);
    const member = members.find((m) => m.id === memberId);
    if (!member) return undefined;
    return buildMemberView({ info: info(cohort), member, members, cards, answers, boards, facilitatorName: this.deps.messages[locale].facilitator, liveRound });
  }

  async markCard(cohort: CohortRecord, memberId: string, cardId: string): Promise<Outcome<void>> {
    if (cohort.closedAt !== null) return fail('COHORT_CLOSED');
    if (!cohort.cardIds.includes(cardId)) return fail('NOT_FOUND');
    const now = this.deps.clock.now();
    await this.deps.cohorts.markCard(memberId, cardId, now);
    await this.deps.cohorts.touch(memberId, now);
    return ok(undefined);
  }

  /** Grades and stores a member's one answer to a question of the space, then returns its feedback. */
  async answer(cohort: CohortRecord, memberId: string, questionId: string, answer: Answer, locale: Locale): Promise<Outcome<PracticeFeedback>> {
    if (cohort.closedAt !== null) return fail('COHORT_CLOSED');
    const question = cohort.questionIds.includes(questionId) ? this.questions.get(questionId) : undefined;
    if (!question) return fail('NOT_FOUND');
    if (!isWellFormed(question, answer)) return fail('INVALID_ANSWER');
    const result = grade(question, answer);
    const now = this.deps.clock.now();
    try {
      await this.deps.cohorts.recordAnswer({ memberId, questionId, answer, share: result?.share ?? null, correct: result?.correct ?? null, at: now });
    } catch (error) {
      if (error instanceof DuplicateAnswerError) return fail('ALREADY_ANSWERED');
      throw error;
    }
    await this.deps.cohorts.touch(memberId, now);
    return ok(practiceFeedback(question, answer, locale, this.deps.misconceptions));
  }

  async review(cohort: CohortRecord, memberId: string, questionId: string, locale: Locale): Promise<Outcome<{ answer: Answer; feedback: PracticeFeedback }>> {
    const question = cohort.questionIds.includes(questionId) ? this.questions.get(questionId) : undefined;
    if (!question) return fail('NOT_FOUND');
    const mine = (await this.deps.cohorts.answers(cohort.id)).find((a) => a.memberId === memberId && a.questionId === questionId);
    if (!mine) return fail('NOT_FOUND');
    return ok({ answer: mine.answer, feedback: practiceFeedback(question, mine.answer, locale, this.deps.misconceptions) });
  }

  async markSeen(member: CohortMemberRecord, replyIds: string[]): Promise<void> {
    // Bounded: only the most recent ids matter, older replies are long marked.
    const seen = [...new Set([...member.seenReplyIds, ...replyIds])].slice(-2000);
    await this.deps.cohorts.setSeenReplies(member.id, seen);
  }

  /** Creates the live session of a round and records it as the space's; the caller pulls members in. */
  async startLiveRound(cohort: CohortRecord, selection: LiveRoundSelection, scoring: ScoringMode): Promise<Outcome<{ code: string; hostSecret: string }>> {
    if (cohort.closedAt !== null) return fail('COHORT_CLOSED');
    let questionIds: string[];
    if (selection.kind === 'quiz') questionIds = cohort.questionIds;
    else if (selection.kind === 'questions') {
      if (!selection.questionIds.every((id) => cohort.questionIds.includes(id))) return fail('NOT_FOUND');
      questionIds = [...new Set(selection.questionIds)];
    } else {
      const figures = await this.dashboard(cohort.id, cohort.locale, new Set());
      questionIds = (figures?.mostMissed ?? []).slice(0, selection.count).map((q) => q.questionId);
      if (questionIds.length === 0) return fail('NOT_FOUND');
    }
    const created = await this.deps.registry.create({ selection: { kind: 'questions', questionIds }, locale: cohort.locale, scoring });
    if (!created) return fail('NOT_FOUND');
    await this.deps.cohorts.addRound(cohort.id, { sessionCode: created.code, startedAt: this.deps.clock.now() });
    this.roundOwners.set(created.code, cohort.id);
    return ok({ code: created.code, hostSecret: created.hostSecret });
  }

  /** The space a live session was started for, if this process knows it. */
  ownerOfRound(code: string): string | undefined {
    return this.roundOwners.get(code);
  }

  /** Read-only from now on: no answers or card reads, and every board of the space locked. */
  async close(cohort: CohortRecord): Promise<void> {
    await this.deps.cohorts.close(cohort.id, this.deps.clock.now());
    for (const diagramId of DIAGRAM_IDS) {
      const update = await this.deps.boards.change(cohort.inviteCode, diagramId, (doc, actor) => updateSettings(doc, actor, { locked: true, follow: false, spotlight: null }));
      if (update) this.onBoardChange?.(cohort.inviteCode, diagramId, update);
    }
  }

  /** Set by the transport: relays a change the service made to a board to those who have it open. */
  onBoardChange?: (code: string, diagramId: DiagramId, update: Uint8Array) => void;

  async delete(cohort: CohortRecord): Promise<void> {
    const rounds = await this.deps.cohorts.rounds(cohort.id);
    // Loaded sessions and boards are dropped from memory first, so nothing writes them again.
    for (const round of rounds) {
      await this.deps.registry.discard(round.sessionCode);
      this.roundOwners.delete(round.sessionCode);
    }
    for (const diagramId of DIAGRAM_IDS) await this.deps.boards.unload(cohort.inviteCode, diagramId);
    await this.deps.cohorts.delete(cohort.id);
  }

  /** Everything the figures of a space are computed from, read at once. */
  private async stored(cohort: CohortRecord) {
    const [members, cards, answers, boards, liveRound] = await Promise.all([
      this.deps.cohorts.members(cohort.id),
      this.deps.cohorts.cards(cohort.id),
      this.deps.cohorts.answers(cohort.id),
      this.boardNotes(cohort),
      this.liveRound(cohort),
    ]);
    return { members, cards, answers, boards, liveRound };
  }

  /** The latest live round while it is not over. */
  private async liveRound(cohort: CohortRecord): Promise<LiveRoundInfo | null> {
    const latest = (await this.deps.cohorts.rounds(cohort.id)).at(-1);
    if (!latest) return null;
    this.roundOwners.set(latest.sessionCode, cohort.id);
    const room = await this.deps.registry.read(latest.sessionCode);
    return room && room.state.phase !== 'podium' ? { code: latest.sessionCode, startedAt: latest.startedAt } : null;
  }

  private boardNotes(cohort: CohortRecord): Promise<BoardNotes[]> {
    return Promise.all(DIAGRAM_IDS.map(async (diagramId) => ({ diagramId, notes: await this.deps.boards.read(cohort.inviteCode, diagramId, readNotes) })));
  }
}

/** The public facts of a space. */
export function info(cohort: CohortRecord): CohortInfo {
  return {
    id: cohort.id,
    name: cohort.name,
    locale: cohort.locale,
    deadline: cohort.deadline,
    topics: cohort.topics,
    questionIds: cohort.questionIds,
    cardIds: cohort.cardIds,
    inviteCode: cohort.inviteCode,
    closed: cohort.closedAt !== null,
    createdAt: cohort.createdAt,
  };
}
