import { ed25519 } from '@noble/curves/ed25519';
import { hexToBytes, utf8ToBytes } from '@noble/hashes/utils';
import { canonicalJson } from '@entente/contracts';

/*
 * Proof that the API authenticated a command's actor (docs/adr/0012-commands-signed-by-the-api.md).
 * The API signs what it sends with its private key; the workflow checks it with the public key
 * the worker put into the workflow bundle when it built it: the sandbox reads no configuration,
 * and a key passed as workflow input would be chosen by whoever forges the input.
 */

/** The failure type of a command or start without a valid proof: the API's fault, never the caller's. */
export const UNPROVEN_COMMAND = 'UnprovenCommand';

/** An Ed25519 signature (hex) over a command, and the instant after which it is void. */
export interface CommandProof {
  readonly signature: string;
  readonly expiresAt: string;
}

/**
 * A start's signature (hex). It does not expire: every command of the run checks it, and sent
 * again it can only start the same case, which then accepts no command without its own proof.
 */
export interface StartProof {
  readonly signature: string;
}

/** What an Update's proof covers: where it goes, under which id, and the arguments as sent. */
export interface UpdateProofSubject {
  readonly workflowId: string;
  readonly updateId: string;
  readonly updateName: string;
  /** The request less its proof: data, actor, correlation id. */
  readonly request: unknown;
  readonly expiresAt: string;
}

/** What a start's proof covers: the workflow it starts and its input less the proof. */
export interface StartProofSubject {
  readonly workflowId: string;
  readonly input: unknown;
}

/** The bytes signed for an Update: canonical JSON, so key order never matters. */
export function updateProofMessage(subject: UpdateProofSubject): string {
  return canonicalJson({ proves: 'update', ...subject });
}

/** The bytes signed for a start; `proves` keeps a start's signature from passing as an Update's. */
export function startProofMessage(subject: StartProofSubject): string {
  return canonicalJson({ proves: 'start', ...subject });
}

/** A value without its `proof`: what the proof was computed over. */
export function withoutProof<T extends { readonly proof?: unknown }>(value: T): Omit<T, 'proof'> {
  const { proof: _proof, ...rest } = value;
  return rest;
}

/**
 * Whether `signature` is the key's over `message`; pure JS, so deterministic in the sandbox. A
 * malformed key or signature is a failed proof, never an exception.
 */
export function verifiesWith(publicKeyHex: string | undefined, message: string, signature: string): boolean {
  if (publicKeyHex === undefined) return false;
  try {
    return ed25519.verify(hexToBytes(signature), utf8ToBytes(message), hexToBytes(publicKeyHex));
  } catch {
    return false;
  }
}
