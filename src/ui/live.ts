/**
 * The sidebar keeps itself current while it is visible: a division's view asks for the tab's edit
 * stamp every few seconds (one cheap call) and reloads the state only when the stamp moved; the
 * Office's overview reloads every minute. Nothing runs while the sidebar is hidden
 * (document.visibilityState), and a refresh never overlaps another or a user's action.
 */
import type { LiveStamp, SidebarState } from '../core/sidebarApi';
import { toError, type SidebarServerClient } from './server';

export interface LiveTiming {
  divisionPollMs: number;
  officeRefreshMs: number;
}

export const LIVE_TIMING: LiveTiming = { divisionPollMs: 3000, officeRefreshMs: 60 * 1000 };

export type LiveKind = 'division' | 'office';

/** What the sidebar shows now and so what a refresh is about; null when nothing should refresh. */
export type Watched = { kind: 'division'; tabName: string; live: LiveStamp } | { kind: 'office' };

export interface LiveHooks {
  watched(): Watched | null;
  /** Changes with every user action: an answer to a refresh started before one is dropped. */
  generation(): number;
  server: SidebarServerClient;
  accept(next: SidebarState, kind: LiveKind): void;
  /** A refresh worked (whether or not anything changed). */
  recovered(): void;
  fail(message: string): void;
}

function visible(): boolean {
  return document.visibilityState !== 'hidden';
}

/** Starts the timers; returns a function that stops them. */
export function startLiveRefresh(timing: LiveTiming, hooks: LiveHooks): () => void {
  const timers: ReturnType<typeof setInterval>[] = [];
  let inFlight = false;

  async function refresh(kind: LiveKind): Promise<void> {
    const watched = hooks.watched();
    if (!watched || watched.kind !== kind || inFlight || !visible()) return;
    inFlight = true;
    const generation = hooks.generation();
    const current = () => generation === hooks.generation();
    try {
      let next: SidebarState | null = null;
      if (watched.kind === 'division') {
        const stamp = await hooks.server.getEditStamp(watched.live.sheetId);
        if (stamp !== watched.live.stamp && current()) next = await hooks.server.getSidebarState(watched.tabName);
      } else {
        next = await hooks.server.getSidebarState(null);
      }
      if (!current()) return;
      hooks.recovered();
      if (next) hooks.accept(next, kind);
    } catch (error) {
      if (current()) hooks.fail(`Không tự cập nhật được (${toError(error).message}); thanh bên sẽ thử lại.`);
    } finally {
      inFlight = false;
    }
  }

  function stop(): void {
    while (timers.length) clearInterval(timers.pop()!);
  }

  function start(): void {
    stop();
    if (!visible()) return;
    timers.push(setInterval(() => void refresh('division'), timing.divisionPollMs));
    timers.push(setInterval(() => void refresh('office'), timing.officeRefreshMs));
  }

  document.addEventListener('visibilitychange', () => {
    if (!visible()) {
      stop();
      return;
    }
    start();
    // Back in view: catch up with the edits made meanwhile at once.
    void refresh('division');
  });
  start();
  return stop;
}
