import { chromium } from '@playwright/test';
import type { Benchmark, BenchContext, ResultRow } from './benchmark';
import { shippedAssets, signIn, timeToShown } from './console/pages';
import { CaseStack } from './support/case-stack';
import { receiveEmail } from './support/email-flow';
import { indexes, inLanes } from './support/lanes';
import { distributionOf } from './stats';

const LOADS = 10;
const LANES = 16;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Issue 14's figures: how long the work queue and a case page take to appear in Chromium with
 * this many open cases, against a page of the same BFF that reads nothing (the floor of a load
 * here); and the size of the JavaScript and CSS the console ships.
 */
export const consolePages: Benchmark = {
  id: 'console',
  title: 'console first paint',
  sizes: { quick: 50, full: 10_000 },
  async run(context) {
    const stack = await CaseStack.start(context, { name: 'console', projector: true, console: true });
    context.onEnd(() => stack.stop());
    let caseId = '';
    await inLanes(indexes(context.size), LANES, async (index) => {
      caseId = (await receiveEmail(stack.staff, index)).caseId;
    });
    await stack.projectionCaughtUp(context.engines);
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    context.onEnd(() => browser.close());
    const page = await (await browser.newContext({ baseURL: stack.consoleUrl, locale: 'fr-CA', timezoneId: 'America/Toronto' })).newPage();
    await signIn(page, 'sophie.gagnon');
    const timesOf = async (path: string, shown: string) => {
      await timeToShown(page, path, shown); // warm: assets into the HTTP cache, the API's first queries
      const samples: number[] = [];
      for (let load = 0; load < LOADS; load++) samples.push(await timeToShown(page, path, shown));
      return distributionOf(samples).p50;
    };
    const floor = await timesOf('/signed-out', 'h1');
    const queue = await timesOf('/?view=open', 'table.queue tbody tr');
    const casePage = await timesOf(`/cases/${caseId}`, '.timeline li');
    return [...paintRows(context, floor, queue, casePage), ...assetRows()];
  },
};

function paintRows(context: BenchContext, floor: number, queue: number, casePage: number): ResultRow[] {
  const size = `${context.size.toLocaleString('en-US')} open cases`;
  const common = { benchmark: 'console', size, limit: floor, limitName: 'a static page of the same BFF', unit: 'ms' };
  const note = `median of ${LOADS} loads in Debian's Chromium, from navigation to the rows painted, data through the BFF and the API`;
  return [
    { ...common, measure: 'work queue first paint (all open cases, first page)', figure: queue, note },
    { ...common, measure: 'case page first paint (summary, clocks, timeline)', figure: casePage, note },
  ];
}

function assetRows(): ResultRow[] {
  const { js, css } = shippedAssets();
  const common = { benchmark: 'console', size: 'the built app', limit: null, limitName: 'none', unit: 'kB gzip' };
  return [
    { ...common, measure: 'shipped JavaScript', figure: js.gzip, note: `${js.raw.toFixed(0)} kB before compression` },
    { ...common, measure: 'shipped CSS', figure: css.gzip, note: `${css.raw.toFixed(1)} kB before compression` },
  ];
}
