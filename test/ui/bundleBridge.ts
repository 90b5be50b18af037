/**
 * The built sidebar.html in a Chromium page whose google.script.run is answered by the built dist/Code.js
 * running in a vm over the fakes (test/gas/harness.ts); results cross as JSON, like the real bridge.
 */
import path from 'path';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import { AppsScriptRun, DIST } from '../gas/harness';

const BRIDGE = `
  (() => {
    const runner = (h) => new Proxy({}, {
      get(_t, name) {
        if (name === 'withSuccessHandler') return (fn) => runner({ ...h, ok: fn });
        if (name === 'withFailureHandler') return (fn) => runner({ ...h, fail: fn });
        if (name === 'withUserObject') return (o) => runner({ ...h, user: o });
        return (...args) => {
          window.__callServer(String(name), JSON.stringify(args)).then((answer) => {
            const a = JSON.parse(answer);
            if (a.ok) { if (h.ok) h.ok(a.value, h.user); }
            else if (h.fail) h.fail(Object.assign(new Error(a.message), { name: 'ScriptError' }), h.user);
          });
        };
      },
    });
    window.google = { script: { run: runner({}) } };
  })();
`;

export { launchChromium } from './chromium';

/** Opens the sidebar 300 px wide, as the user `run.g.session.activeUserEmail` on the active sheet. */
export async function openSidebarOverBundle(browser: Browser, run: AppsScriptRun, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height } });
  await page.exposeFunction('__callServer', (name: string, args: string) => {
    try {
      return JSON.stringify({ ok: true, value: run.call(name, ...(JSON.parse(args) as unknown[])) ?? null });
    } catch (e) {
      return JSON.stringify({ ok: false, message: (e as Error).message });
    }
  });
  await page.addInitScript(BRIDGE);
  await page.goto(pathToFileURL(path.join(DIST, 'sidebar.html')).href);
  return page;
}
