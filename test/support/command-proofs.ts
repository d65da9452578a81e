import { randomUUID } from 'node:crypto';
import {
  COMMAND_SIGNING_SETTINGS,
  COMMAND_VERIFICATION_SETTINGS,
  commandSigningKey,
  commandVerificationKey,
  loadConfig,
} from '@entente/platform';
import type { CommandRequest } from '@entente/workflows';
import { CommandSigner } from '../../apps/api/src/temporal/command-signer';

/*
 * The test profile's command keys, as the API and the worker read them (docs/adr/0012): tests that
 * talk to a workflow behind the API sign as the API does, and their workers check with its key.
 */

/** The public key a test worker builds into its workflows. */
export function testVerificationKey(): string {
  const { commandVerificationKey: source, production } = loadConfig(COMMAND_VERIFICATION_SETTINGS, process.env);
  return commandVerificationKey(source, production);
}

/** The API's signer; `now` is the server's clock on the time-skipping server. */
export function testSigner(now: () => number = Date.now): CommandSigner {
  const { commandSigningKey: source, production } = loadConfig(COMMAND_SIGNING_SETTINGS, process.env);
  return new CommandSigner(commandSigningKey(source, production), now);
}

/** An Update's options as the API sends them: its own id, its arguments signed for it. */
export function signedUpdate<Data>(
  signer: CommandSigner,
  workflowId: string,
  updateName: string,
  request: CommandRequest<Data>,
  updateId: string = randomUUID(),
): { args: [CommandRequest<Data>]; updateId: string } {
  return { args: [signer.request({ workflowId, updateId, updateName }, request)], updateId };
}
