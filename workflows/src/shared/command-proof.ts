import { ed25519 } from '@noble/curves/ed25519';
import { bytesToNumberLE, concatBytes } from '@noble/curves/utils';
import { sha512 } from '@noble/hashes/sha2';
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
  const key = publicKeyHex === undefined ? undefined : verifyingKey(publicKeyHex);
  if (key === undefined) return false;
  try {
    return key.verifies(hexToBytes(signature), utf8ToBytes(message));
  } catch {
    return false;
  }
}

type Point = InstanceType<typeof ed25519.Point>;

/** Window of the key's precomputed multiples: 8 bits, as the library's own base point. */
const KEY_WINDOW = 8;
const SIGNATURE_BYTES = 64;
const keys = new Map<string, VerifyingKey | undefined>();

/**
 * The key decoded once per thread, with its multiples precomputed (the worker shares this module
 * among its workflows). The library's `verify` decodes the key at every call and multiplies it bit
 * by bit, about four times the work of the same equation on precomputed multiples.
 */
function verifyingKey(publicKeyHex: string): VerifyingKey | undefined {
  if (!keys.has(publicKeyHex)) keys.set(publicKeyHex, VerifyingKey.decoded(publicKeyHex));
  return keys.get(publicKeyHex);
}

/**
 * RFC 8032's check (5.1.7) as `ed25519.verify` makes it with its default options (ZIP 215's
 * encodings and cofactored equation), on a key decoded beforehand: [8][S]B = [8]R + [8][k]A.
 */
class VerifyingKey {
  private constructor(
    private readonly point: Point,
    private readonly bytes: Uint8Array,
  ) {}

  static decoded(publicKeyHex: string): VerifyingKey | undefined {
    try {
      const point = ed25519.Point.fromBytes(hexToBytes(publicKeyHex), true);
      point.precompute(KEY_WINDOW);
      return new VerifyingKey(point, point.toBytes());
    } catch {
      return undefined;
    }
  }

  verifies(signature: Uint8Array, message: Uint8Array): boolean {
    if (signature.length !== SIGNATURE_BYTES) return false;
    const R = ed25519.Point.fromBytes(signature.subarray(0, SIGNATURE_BYTES / 2), true);
    // Refuses S outside [0, L), as the library does.
    const SB = ed25519.Point.BASE.multiplyUnsafe(bytesToNumberLE(signature.subarray(SIGNATURE_BYTES / 2)));
    const k = ed25519.Point.Fn.create(bytesToNumberLE(sha512(concatBytes(R.toBytes(), this.bytes, message))));
    return R.add(this.point.multiplyUnsafe(k)).subtract(SB).clearCofactor().is0();
  }
}
