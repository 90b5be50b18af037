/** Where setup.ts finds the log tab's name until the lead regroups setup (the log lives in ./summary/summaryLog.ts). */
export { LOG_TAB } from './summary/summaryLog';
