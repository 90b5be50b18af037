/**
 * Installs the google.script.run double (fakeScriptRun.browser.js) in a Playwright page, with the
 * server function names of the contract and the answers a test wants.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import type { SidebarServer } from '../../src/core/sidebarApi';

export type ServerFunctionName = keyof SidebarServer;

/** Every name in SidebarServer; the compiler fails here when the contract gains or loses one. */
const NAMES: Record<ServerFunctionName, true> = {
  getSidebarState: true,
  selectCell: true,
  markSubmitted: true,
  reopenDivision: true,
  getEditStamp: true,
  openDivisionTab: true,
  runConsolidation: true,
  exportPdfForSigning: true,
  getLeadershipComments: true,
  syncLeadershipComments: true,
  answerComment: true,
  getChangesSinceLastVersion: true,
  getPastPeriods: true,
  viewArchivedTab: true,
  openArchiveTab: true,
  rebuildArchivedReport: true,
};
export const SERVER_FUNCTION_NAMES = Object.keys(NAMES) as ServerFunctionName[];

/**
 * One answer: `value` (cloned to the success handler) or `error` (an Error with that message to the
 * failure handler). With `args`, it answers only a call with exactly those arguments; the first
 * matching rule wins. `delayMs` delays it; `hold` keeps it until `window.__fake.release()`.
 */
export type FakeReply<K extends ServerFunctionName = ServerFunctionName> = ({ value?: ReturnType<SidebarServer[K]> } | { error: string }) & {
  args?: Parameters<SidebarServer[K]>;
  delayMs?: number;
  hold?: boolean;
};

export type FakeAnswers = { [K in ServerFunctionName]?: FakeReply<K> | FakeReply<K>[] };

export interface RecordedCall {
  name: string;
  args: unknown[];
}

const BROWSER_SOURCE = readFileSync(path.join(__dirname, 'fakeScriptRun.browser.js'), 'utf8');

/** Call before page.goto: the double is in place before the page's own scripts run. */
export async function installFakeScriptRun(page: Page, answers: FakeAnswers, functions: readonly string[] = SERVER_FUNCTION_NAMES): Promise<void> {
  const config = { functions, answers };
  await page.addInitScript({
    content: `${BROWSER_SOURCE}\n;window.__installFakeScriptRun(${JSON.stringify(config)});`,
  });
}

// The helpers below pass JavaScript as text to page.evaluate, so that nothing depends on how the
// test's own functions were compiled (a transformed or instrumented function would not run in the page).

/** Replaces the answers for one function while the page runs. */
export async function setAnswer<K extends ServerFunctionName>(page: Page, name: K, rules: FakeReply<K> | FakeReply<K>[]): Promise<void> {
  await page.evaluate(`window.__fake.answer(${JSON.stringify(name)}, ${JSON.stringify(rules)})`);
}

export async function recordedCalls(page: Page): Promise<RecordedCall[]> {
  return (await page.evaluate('window.__calls.map(function (c) { return { name: c.name, args: c.args }; })')) as RecordedCall[];
}

/** Waits until a call to `name` has been recorded and returns all calls so far. */
export async function waitForCall(page: Page, name: ServerFunctionName, count = 1): Promise<RecordedCall[]> {
  await page.waitForFunction(`window.__calls.filter(function (c) { return c.name === ${JSON.stringify(name)}; }).length >= ${count}`, undefined, { timeout: 5000 });
  return recordedCalls(page);
}

/** Answers the calls held by `hold: true`; returns how many there were. */
export async function releaseHeld(page: Page): Promise<number> {
  return (await page.evaluate('window.__fake.release()')) as number;
}

/** Waits until `count` calls are held by `hold: true`. */
export async function waitForHeld(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(`window.__fake.heldCount() >= ${count}`, undefined, { timeout: 5000 });
}

export interface FakeWindow {
  __calls: RecordedCall[];
  __fake: {
    answer(name: string, rules: unknown): void;
    heldCount(): number;
    release(): number;
  };
  __xss?: unknown;
}
