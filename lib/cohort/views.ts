import type { DiagramId } from '../diagram/ids';
import type { Locale, Topic } from '../quiz/types';

/*
 * What the two kinds of people in a cohort space see, as plain data sent over the socket.
 * A member sees their own progress and answers, the names of the others (to read notes) and
 * nothing of anyone else's answers; the facilitator sees everything, aggregated.
 */

/** The facts of a space every member and the facilitator may read. */
export interface CohortInfo {
  id: string;
  name: string;
  /** The language the space opens in; each person may read it in the other. */
  locale: Locale;
  /** Epoch ms, or null when there is none. */
  deadline: number | null;
  topics: Topic[];
  /** The quiz, as bank question ids, in order. */
  questionIds: string[];
  /** The lesson cards of the chosen topics, in reading order. */
  cardIds: string[];
  /** 8 characters; also the room code of the space's shared boards. */
  inviteCode: string;
  /** Closed spaces are read-only: no answers, no card progress, boards locked. */
  closed: boolean;
  createdAt: number;
}

/** A live round the facilitator started for the space, while it is not over. */
export interface LiveRoundInfo {
  code: string;
  startedAt: number;
}

/** Someone answered a note of mine on one of the space's boards. */
export interface ReplyNotice {
  replyId: string;
  noteId: string;
  diagramId: DiagramId;
  /** My note's text, to say which one. */
  noteText: string;
  byName: string;
  byFacilitator: boolean;
  text: string;
  at: number;
}

/** My result on one question of the space's quiz (my first and only answer counts). */
export interface MemberAnswerResult {
  /** 0..1; null for a poll. */
  share: number | null;
  correct: boolean | null;
  at: number;
}

/** What a member's screens need (`cohort:member`, `cohort:member-state`). */
export interface MemberView {
  cohort: CohortInfo;
  me: {
    id: string;
    name: string;
    /** Typed on another device to continue there (also inside the resume link). */
    resumeCode: string;
  };
  cardsRead: string[];
  answers: Record<string, MemberAnswerResult>;
  /** Replies by others to my notes that I have not marked as seen. */
  notices: ReplyNotice[];
  /** Every member's id and name, so notes on the boards show who wrote them. */
  members: Array<{ id: string; name: string }>;
  liveRound: LiveRoundInfo | null;
}

/** Answered questions and the mean share right over them. */
export interface ScoreFigure {
  answered: number;
  /** Mean share right over answered graded questions, 0..1; null before any. */
  score: number | null;
}

export interface DashboardMember {
  id: string;
  name: string;
  locale: Locale;
  joinedAt: number;
  /** Last time they did anything in the space (epoch ms). */
  lastActiveAt: number;
  online: boolean;
  /** Read a card or answered a question. */
  started: boolean;
  cardsRead: number;
  answered: number;
  score: number | null;
  byTopic: Partial<Record<Topic, ScoreFigure>>;
}

export interface MissedQuestion {
  questionId: string;
  topic: Topic;
  /** In the facilitator's language. */
  prompt: string;
  answered: number;
  /** Members whose answer was not fully right. */
  missed: number;
}

export interface OpenQuestion {
  diagramId: DiagramId;
  noteId: string;
  authorName: string;
  text: string;
  replies: number;
  at: number;
}

/** The facilitator's live dashboard (`cohort:facilitate`, `cohort:dashboard`). */
export interface CohortDashboard {
  cohort: CohortInfo;
  members: DashboardMember[];
  /** The whole cohort, per topic of the space (CONTENT.md's topics), in topic order. */
  topics: Array<{ topic: Topic } & ScoreFigure>;
  /** Questions with at least one miss, most missed first. */
  mostMissed: MissedQuestion[];
  /** Unresolved, visible notes on the space's boards, newest first. */
  openQuestions: OpenQuestion[];
  liveRound: LiveRoundInfo | null;
}

/** What creating a space returns (POST /api/cohorts). Keep the facilitator secret. */
export interface CreatedCohort {
  cohortId: string;
  inviteCode: string;
  facilitatorSecret: string;
}

/** What joining or resuming returns (POST /api/cohorts/join, /api/cohorts/resume). Keep the member secret. */
export interface MemberCredentials {
  cohortId: string;
  memberId: string;
  memberSecret: string;
  resumeCode: string;
}

/** Public facts a join screen shows before asking for a name (GET /api/cohorts/invite/:code). */
export interface CohortInvitation {
  name: string;
  locale: Locale;
  deadline: number | null;
  closed: boolean;
}
