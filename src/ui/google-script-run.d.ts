/**
 * The client side of google.script.run as the sidebar sees it, typed by the server contract.
 * Only the names in SidebarServer exist on a runner; calling any other name throws a TypeError
 * in the real HtmlService client, so they are not declared here either.
 */
import type { SidebarServer } from '../core/sidebarApi';

/** Each server function, as called from the client: same arguments, returns nothing (the answer goes to a handler). */
export type ScriptRunFunctions = {
  [K in keyof SidebarServer]: (...args: Parameters<SidebarServer[K]>) => void;
};

export interface ScriptRunner extends ScriptRunFunctions {
  /** The result arrives structured-cloned; its type is that of the server function called next. */
  withSuccessHandler(handler: (result: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
}

export interface GoogleScriptClient {
  script: {
    run: ScriptRunner;
  };
}

declare global {
  // Present only inside an HtmlService page; `typeof google === 'undefined'` elsewhere.
  var google: GoogleScriptClient;
}
