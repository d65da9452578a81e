import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WORKFLOWS_PATH } from '@entente/worker';

/*
 * Every recorded history (infra/bin/record-history.sh) replays on today's workflow code without
 * a nondeterminism error: the proof that a change to a workflow leaves running cases able to go on.
 */

const ROOT = join(__dirname, 'histories');
const recorded = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((caseType) => readdirSync(join(ROOT, caseType.name)).map((file) => join(caseType.name, file)));

describe('recorded workflow histories', () => {
  let bundle: WorkflowBundleWithSourceMap;
  // Bundled once for every history: the same code a worker would run.
  beforeAll(async () => {
    bundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, trace: () => undefined, log: () => undefined } });
  });

  it('are there to replay', () => {
    expect(recorded.length).toBeGreaterThan(0);
  });

  it.each(recorded)('%s replays on the current workflow code', async (file) => {
    const history = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    const failures: unknown[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: bundle }, [{ workflowId: file, history }])) {
      if (result.error) failures.push(result.error);
    }
    expect(failures).toEqual([]);
  });
});
