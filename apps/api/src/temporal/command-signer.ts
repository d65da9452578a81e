import { sign, type KeyObject } from 'node:crypto';
import {
  startProofMessage,
  updateProofMessage,
  type CaseInput,
  type CommandProof,
  type CommandRequest,
  type StartProof,
} from '@entente/workflows';

/**
 * How long a command's proof is good for, in workflow time: well beyond any command's bound
 * (COMMAND_TIMEOUT_MS) and the clocks' drift, short enough that a proof read from a history is
 * spent by the time someone could send it again to a new run of the case.
 */
export const PROOF_LIFETIME_MS = 5 * 60_000;

/** Where an Update goes and under which id: what its proof binds it to, beside its arguments. */
export interface UpdateAddress {
  readonly workflowId: string;
  readonly updateId: string;
  readonly updateName: string;
}

/**
 * Signs what the API sends to a case, so that its workflow accepts only commands whose actor the
 * API authenticated (docs/adr/0012-commands-signed-by-the-api.md). What is signed is what is
 * sent: the arguments go through JSON first, as Temporal will carry them.
 */
export class CommandSigner {
  constructor(
    private readonly key: KeyObject,
    private readonly now: () => number = Date.now,
  ) {}

  request<Data>(address: UpdateAddress, request: CommandRequest<Data>): CommandRequest<Data> {
    const sent = asSent(request);
    const expiresAt = new Date(this.now() + PROOF_LIFETIME_MS).toISOString();
    const proof: CommandProof = { signature: this.sign(updateProofMessage({ ...address, request: sent, expiresAt })), expiresAt };
    return { ...sent, proof };
  }

  start(workflowId: string, input: CaseInput): CaseInput {
    const sent = asSent(input);
    const proof: StartProof = { signature: this.sign(startProofMessage({ workflowId, input: sent })) };
    return { ...sent, proof };
  }

  private sign(message: string): string {
    return sign(null, Buffer.from(message, 'utf8'), this.key).toString('hex');
  }
}

/** A Date becomes its ISO text and an undefined field disappears on the wire: sign that. */
function asSent<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
