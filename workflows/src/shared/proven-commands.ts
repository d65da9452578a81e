import { ApplicationFailure, currentUpdateInfo, workflowInfo } from '@temporalio/workflow';
import type { CaseInput } from './case-definition';
import type { CommandRequest } from './case-messages';
import { startProofMessage, UNPROVEN_COMMAND, updateProofMessage, verifiesWith, withoutProof } from './command-proof';

/**
 * The API's public key (hex), defined by the worker's bundler (`commandProofBundling` in
 * apps/worker): a bundle built without it proves nothing, so every command is refused.
 */
declare const ENTENTE_COMMAND_VERIFICATION_KEY: string | undefined;
const VERIFICATION_KEY = typeof ENTENTE_COMMAND_VERIFICATION_KEY === 'string' ? ENTENTE_COMMAND_VERIFICATION_KEY : undefined;

function unproven(what: string): ApplicationFailure {
  return ApplicationFailure.create({ type: UNPROVEN_COMMAND, message: `${what} carries no valid proof from the API`, nonRetryable: true });
}

/** Workflow time: a proof captured from a history cannot be sent again once it has expired. */
function provenUpdate(request: CommandRequest<unknown>): boolean {
  const { proof } = request;
  const update = currentUpdateInfo();
  if (update === undefined || typeof proof?.signature !== 'string' || typeof proof.expiresAt !== 'string') return false;
  const expiresAt = Date.parse(proof.expiresAt);
  if (Number.isNaN(expiresAt) || expiresAt < Date.now()) return false;
  const { workflowId } = workflowInfo();
  const subject = { workflowId, updateId: update.id, updateName: update.name, request: withoutProof(request), expiresAt: proof.expiresAt };
  return verifiesWith(VERIFICATION_KEY, updateProofMessage(subject), proof.signature);
}

/** A run continued as new was started by its own workflow; any other by the API, signed. */
function provenStart(input: CaseInput): boolean {
  const { workflowId, continuedFromExecutionRunId } = workflowInfo();
  if (continuedFromExecutionRunId !== undefined) return true;
  const signature = input.proof?.signature;
  return (
    typeof signature === 'string' &&
    verifiesWith(VERIFICATION_KEY, startProofMessage({ workflowId, input: withoutProof(input) }), signature)
  );
}

/**
 * For the Updates' validators: each command was signed by the API for this workflow, this update
 * id and name, these arguments and this actor, and the run itself was started by the API. The
 * start's proof is checked at the first command only: a run's input never changes. Throws a
 * non-retryable failure otherwise, so the command is refused and leaves no trace in history.
 */
export function proofChecks(input: CaseInput): (request: CommandRequest<unknown>) => void {
  let started: boolean | undefined;
  return (request) => {
    if (!provenUpdate(request)) throw unproven('the command');
    started ??= provenStart(input);
    if (!started) throw unproven("the case's start");
  };
}

/** State is carried only from this workflow's previous run, never from a client's start. */
export function requireOwnCarry(input: CaseInput): void {
  if (input.carried !== undefined && workflowInfo().continuedFromExecutionRunId === undefined) throw unproven('the carried state');
}
