/**
 * `npm run test:deep`: every property without its own numRuns is tried FC_RUNS times (default 2000) instead of
 * fast-check's 100, with a new seed each run. Run it before a change lands; CI keeps the default runs.
 */
require('fast-check').configureGlobal({ numRuns: Number(process.env.FC_RUNS || 2000) });
