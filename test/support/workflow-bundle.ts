import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkflowBundlePath } from '@temporalio/worker';
import { bundleCaseWorkflows } from '@entente/worker';
import { testVerificationKey } from './command-proofs';

const BUNDLE_PATH = 'ENTENTE_TEST_WORKFLOW_BUNDLE';

/**
 * Bundles the case workflows once for the whole run, with the test key, where every test file's
 * workers find it: webpack takes seconds, and most files start a worker.
 */
export async function bundleForTheRun(): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'entente-workflows-')), 'case-workflows.js');
  const silent = () => undefined;
  const logger = { log: silent, trace: silent, debug: silent, info: silent, warn: silent, error: silent };
  writeFileSync(path, await bundleCaseWorkflows(testVerificationKey(), logger));
  process.env[BUNDLE_PATH] = path;
}

/** The run's bundle, or none (a file run without the global setup bundles its own). */
export function caseWorkflowsOfTheRun(): WorkflowBundlePath | undefined {
  const codePath = process.env[BUNDLE_PATH];
  return codePath ? { codePath } : undefined;
}
