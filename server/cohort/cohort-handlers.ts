import type { Ack, CohortAnswerResult, CohortReview, LiveRoundCreated } from '../../lib/protocol/events';
import type { CohortDashboard, MemberView } from '../../lib/cohort/views';
import { HOST_AUTHOR } from '../../lib/board/model';
import { LOCALES, type Locale } from '../../lib/quiz/types';
import { credentialFromCookie } from '../http/credential-cookies';
import type { Logger } from '../logger';
import type { LiveServer, LiveSocket } from '../live/socket-types';
import { failure, withSchema } from '../live/with-schema';
import type { CohortService } from './cohort-service';

/** Socket.io rooms of a cohort space. Rooms, not socket lists, so emits also reach other nodes later. */
export const cohortRooms = {
  facilitators: (cohortId: string, locale: Locale) => `cohort:${cohortId}:facilitator:${locale}`,
  members: (cohortId: string) => `cohort:${cohortId}:members`,
  member: (cohortId: string, memberId: string) => `cohort:${cohortId}:member:${memberId}`,
};

/** Dashboards are recomputed at most this often per space, however busy it is. */
export const DASHBOARD_TICK_MS = 250;

export interface CohortTransportDeps {
  io: LiveServer;
  service: CohortService;
  logger: Logger;
  /** Several nodes: facilitators and members may be on another node, so local rooms are not looked at. */
  clustered?: boolean;
}

/**
 * Cohort spaces over Socket.io: the facilitator's live dashboard and each member's view.
 * A socket bound as facilitator or member may also open the space's boards (room code =
 * the space's invitation code), as the host or as that member.
 */
export class CohortTransport {
  /** Space id -> member id -> open connections, for the "online" dots. */
  private readonly online = new Map<string, Map<string, number>>();
  private readonly pendingDashboards = new Map<string, NodeJS.Timeout>();

  constructor(private readonly deps: CohortTransportDeps) {}

  attach(socket: LiveSocket): void {
    const { service, logger } = this.deps;
    socket.data.cohortOf ??= {};
    /** Space id -> what this socket is in it. */
    const bound = new Map<string, { role: 'facilitator'; locale: Locale } | { role: 'member'; memberId: string; locale: Locale }>();

    const memberOf = async (cohortId: string) => {
      const binding = bound.get(cohortId);
      if (binding?.role !== 'member') return undefined;
      const cohort = await service.find(cohortId);
      return cohort && { cohort, memberId: binding.memberId, locale: binding.locale };
    };
    const facilitatorOf = async (cohortId: string) => {
      const binding = bound.get(cohortId);
      if (binding?.role !== 'facilitator') return undefined;
      const cohort = await service.find(cohortId);
      return cohort && { cohort, locale: binding.locale };
    };
    const view = async (cohortId: string, memberId: string, locale: Locale): Promise<Ack<MemberView>> => {
      const v = await service.memberView(cohortId, memberId, locale);
      return v ? { ok: true, data: v } : failure('NOT_FOUND');
    };

    withSchema(socket, 'cohort:facilitate', logger, async ({ cohortId, facilitatorSecret: sent, locale }): Promise<Ack<CohortDashboard>> => {
      const facilitatorSecret = sent ?? credentialFromCookie(socket.request.headers.cookie, 'facilitator', cohortId);
      const cohort = facilitatorSecret && (await service.asFacilitator(cohortId, facilitatorSecret));
      if (!cohort) return failure('NOT_AUTHORIZED');
      const before = bound.get(cohortId);
      if (before?.role === 'facilitator') await socket.leave(cohortRooms.facilitators(cohortId, before.locale));
      if (before?.role === 'member') return failure('NOT_AUTHORIZED');
      bound.set(cohortId, { role: 'facilitator', locale });
      socket.data.cohortOf[cohort.inviteCode] = { id: HOST_AUTHOR, role: 'host' };
      await socket.join(cohortRooms.facilitators(cohortId, locale));
      const dashboard = await service.dashboard(cohortId, locale, await this.onlineIn(cohortId));
      return dashboard ? { ok: true, data: dashboard } : failure('NOT_FOUND');
    });

    withSchema(socket, 'cohort:member', logger, async ({ cohortId, memberSecret: sent, locale }): Promise<Ack<MemberView>> => {
      const memberSecret = sent ?? credentialFromCookie(socket.request.headers.cookie, 'member', cohortId);
      const found = memberSecret && (await service.asMember(cohortId, memberSecret));
      if (!found) return failure('NOT_AUTHORIZED');
      const { cohort, member } = found;
      const before = bound.get(cohortId);
      if (before && !(before.role === 'member' && before.memberId === member.id)) return failure('NOT_AUTHORIZED');
      bound.set(cohortId, { role: 'member', memberId: member.id, locale });
      socket.data.cohortOf[cohort.inviteCode] = { id: member.id, role: 'player' };
      if (!before) {
        await socket.join([cohortRooms.members(cohortId), cohortRooms.member(cohortId, member.id)]);
        this.count(cohortId, member.id, +1);
      }
      return view(cohortId, member.id, locale);
    });

    withSchema(socket, 'cohort:card', logger, async ({ cohortId, cardId }): Promise<Ack<MemberView>> => {
      const me = await memberOf(cohortId);
      if (!me) return failure('NOT_AUTHORIZED');
      const done = await service.markCard(me.cohort, me.memberId, cardId);
      if (!done.ok) return failure(done.code);
      this.dashboardChanged(cohortId);
      return view(cohortId, me.memberId, me.locale);
    });

    withSchema(socket, 'cohort:answer', logger, async ({ cohortId, questionId, answer, locale }): Promise<Ack<CohortAnswerResult>> => {
      const me = await memberOf(cohortId);
      if (!me) return failure('NOT_AUTHORIZED');
      // Resolves only once the answer is stored: the acknowledgement is the receipt.
      const done = await service.answer(me.cohort, me.memberId, questionId, answer, locale);
      if (!done.ok) return failure(done.code);
      this.dashboardChanged(cohortId);
      const v = await view(cohortId, me.memberId, locale);
      return v.ok ? { ok: true, data: { feedback: done.value, view: v.data } } : v;
    });

    withSchema(socket, 'cohort:review', logger, async ({ cohortId, questionId, locale }): Promise<Ack<CohortReview>> => {
      const me = await memberOf(cohortId);
      if (!me) return failure('NOT_AUTHORIZED');
      const found = await service.review(me.cohort, me.memberId, questionId, locale);
      return found.ok ? { ok: true, data: { questionId, ...found.value } } : failure(found.code);
    });

    withSchema(socket, 'cohort:seen', logger, async ({ cohortId, replyIds }): Promise<Ack<MemberView>> => {
      const me = await memberOf(cohortId);
      if (!me) return failure('NOT_AUTHORIZED');
      const members = await service.members(cohortId);
      const member = members.find((m) => m.id === me.memberId);
      if (!member) return failure('NOT_FOUND');
      await service.markSeen(member, replyIds);
      return view(cohortId, me.memberId, me.locale);
    });

    withSchema(socket, 'cohort:live-round', logger, async ({ cohortId, selection, scoring }): Promise<Ack<LiveRoundCreated>> => {
      const me = await facilitatorOf(cohortId);
      if (!me) return failure('NOT_AUTHORIZED');
      const started = await service.startLiveRound(me.cohort, selection, scoring);
      if (!started.ok) return failure(started.code);
      // Everyone in the space with a page open is pulled in; later arrivals see it in their view.
      this.deps.io.to(cohortRooms.members(cohortId)).emit('cohort:live', { cohortId, code: started.value.code });
      this.refreshEveryone(cohortId);
      return { ok: true, data: started.value };
    });

    withSchema(socket, 'cohort:close', logger, async ({ cohortId }): Promise<Ack<CohortDashboard>> => {
      const me = await facilitatorOf(cohortId);
      if (!me) return failure('NOT_AUTHORIZED');
      await service.close(me.cohort);
      this.refreshEveryone(cohortId);
      const dashboard = await service.dashboard(cohortId, me.locale, await this.onlineIn(cohortId));
      return dashboard ? { ok: true, data: dashboard } : failure('NOT_FOUND');
    });

    withSchema(socket, 'cohort:delete', logger, async ({ cohortId }): Promise<Ack<{ cohortId: string }>> => {
      const me = await facilitatorOf(cohortId);
      if (!me) return failure('NOT_AUTHORIZED');
      await service.delete(me.cohort);
      const rooms = [cohortRooms.members(cohortId), ...LOCALES.map((l) => cohortRooms.facilitators(cohortId, l))];
      this.deps.io.to(rooms).emit('cohort:deleted', { cohortId });
      this.deps.io.in(rooms).socketsLeave(rooms);
      this.online.delete(cohortId);
      return { ok: true, data: { cohortId } };
    });

    socket.on('disconnect', () => {
      for (const [cohortId, binding] of bound) if (binding.role === 'member') this.count(cohortId, binding.memberId, -1);
    });
  }

  /** Something the dashboard shows changed: push it soon, once, however many changes come. */
  dashboardChanged(cohortId: string): void {
    if (this.pendingDashboards.has(cohortId)) return;
    const timer = setTimeout(() => {
      this.pendingDashboards.delete(cohortId);
      void this.pushDashboards(cohortId).catch((error: unknown) => this.deps.logger.warn('dashboard not sent', { cohortId, error: String(error) }));
    }, DASHBOARD_TICK_MS);
    timer.unref();
    this.pendingDashboards.set(cohortId, timer);
  }

  /** A board of a space changed (by its invitation code): open questions and reply notices may have. */
  async boardChanged(inviteCode: string): Promise<void> {
    const cohort = await this.deps.service.findByInvite(inviteCode);
    if (cohort) this.dashboardChanged(cohort.id);
  }

  /** A live session changed phase: if it is a space's live round that ended, say so. */
  sessionChanged(code: string, ended: boolean): void {
    const cohortId = this.deps.service.ownerOfRound(code);
    if (cohortId && ended) this.refreshEveryone(cohortId);
  }

  close(): void {
    for (const timer of this.pendingDashboards.values()) clearTimeout(timer);
    this.pendingDashboards.clear();
  }

  /** Pushes the dashboard and every member's view (a round started or ended, the space closed). */
  private refreshEveryone(cohortId: string): void {
    this.dashboardChanged(cohortId);
    void this.pushMemberViews(cohortId).catch((error: unknown) => this.deps.logger.warn('member views not sent', { cohortId, error: String(error) }));
  }

  private async pushDashboards(cohortId: string): Promise<void> {
    const rooms = this.deps.io.sockets.adapter.rooms;
    for (const locale of LOCALES) {
      const room = cohortRooms.facilitators(cohortId, locale);
      if (!this.deps.clustered && !rooms.get(room)?.size) continue;
      const dashboard = await this.deps.service.dashboard(cohortId, locale, await this.onlineIn(cohortId));
      if (dashboard) this.deps.io.to(room).emit('cohort:dashboard', dashboard);
    }
  }

  private async pushMemberViews(cohortId: string): Promise<void> {
    const rooms = this.deps.io.sockets.adapter.rooms;
    for (const member of await this.deps.service.members(cohortId)) {
      const room = cohortRooms.member(cohortId, member.id);
      if (!this.deps.clustered && !rooms.get(room)?.size) continue;
      const v = await this.deps.service.memberView(cohortId, member.id, member.locale);
      if (v) this.deps.io.to(room).emit('cohort:member-state', v);
    }
  }

  private count(cohortId: string, memberId: string, delta: number): void {
    const perMember = this.online.get(cohortId) ?? new Map<string, number>();
    const n = (perMember.get(memberId) ?? 0) + delta;
    if (n > 0) perMember.set(memberId, n);
    else perMember.delete(memberId);
    if (perMember.size > 0) this.online.set(cohortId, perMember);
    else this.online.delete(cohortId);
    this.dashboardChanged(cohortId);
  }

  private async onlineIn(cohortId: string): Promise<ReadonlySet<string>> {
    if (!this.deps.clustered) return new Set(this.online.get(cohortId)?.keys() ?? []);
    // Several nodes: members may be connected to any of them; the adapter asks them all.
    try {
      const prefix = `${cohortRooms.member(cohortId, '')}`;
      const sockets = await this.deps.io.in(cohortRooms.members(cohortId)).timeout(2000).fetchSockets();
      return new Set(sockets.flatMap((socket) => [...socket.rooms].filter((room) => room.startsWith(prefix)).map((room) => room.slice(prefix.length))));
    } catch {
      return new Set(this.online.get(cohortId)?.keys() ?? []);
    }
  }
}
