import { axeCheck } from './axe.ts';
import { runWalks } from '../walk/walk.ts';

// `npm run test:a11y:all`: axe on every built page in both colour schemes, in one browser, several
// pages at a time (tests/walk/walk.ts). Build first. Options: --concurrency N, --only <path part>.
process.exitCode = await runWalks([axeCheck]);
