import { layoutCheck } from './check.ts';
import { runWalks } from '../walk/walk.ts';

// `npm run test:layout`: the layout gate on every built page at 320, 390, 768 and 1280 px, and on
// every permanent anchor, in one browser, several pages at a time (tests/walk/walk.ts). Build first.
// Options: --concurrency N, --only <part of a path>.
process.exitCode = await runWalks([layoutCheck]);
