import type { DataConverter, Payload, PayloadCodec, SerializationContext } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { isCaseType } from '@entente/contracts';
import { open, seal } from './aes-gcm';
import type { CaseKeyStore } from './case-key-store';

/*
 * Every payload Temporal stores or carries (inputs, results, updates, queries, failures' details)
 * leaves the process sealed with its case's data key (docs/adr/0015). The SDK tells the codec
 * which workflow a payload belongs to (its serialization context); the key's case id also travels
 * in the payload's metadata, so decoding needs no context. Payloads of other workflows (calendar
 * changes) and the rare payload without context are sealed with the `operations` key.
 */

export const ENCRYPTED_ENCODING = 'binary/entente-encrypted';
export const KEY_ID_METADATA = 'entente-key-id';
/** The key of payloads that belong to no case: they hold no personal information, but no clear text either. */
export const OPERATIONS_KEY_ID = 'operations';

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array | null | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

/** The case whose key seals a payload of this workflow: `<case-type>/<case id>` names it. */
export function keyIdOf(context: SerializationContext | undefined): string {
  const workflowId = context?.workflowId;
  const slash = workflowId?.indexOf('/') ?? -1;
  if (!workflowId || slash < 0 || !isCaseType(workflowId.slice(0, slash))) return OPERATIONS_KEY_ID;
  return workflowId.slice(slash + 1);
}

export class CasePayloadCodec implements PayloadCodec {
  constructor(private readonly keys: CaseKeyStore) {}

  async encode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    if (payloads.length === 0) return payloads;
    const keyId = keyIdOf(context);
    const key = await this.keys.dataKey(keyId);
    return payloads.map((payload) => ({
      metadata: { encoding: utf8(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: utf8(keyId) },
      data: seal(key, temporal.api.common.v1.Payload.encode(payload).finish(), keyId),
    }));
  }

  /** Payloads sealed before the codec (recorded histories, cases begun earlier) pass as they are. */
  async decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.all(payloads.map((payload) => this.decodeOne(payload)));
  }

  private async decodeOne(payload: Payload): Promise<Payload> {
    if (text(payload.metadata?.encoding) !== ENCRYPTED_ENCODING) return payload;
    const keyId = text(payload.metadata?.[KEY_ID_METADATA]);
    if (!keyId || !payload.data) throw new Error('an encrypted payload without its key id or data');
    const key = await this.keys.existingKey(keyId);
    // An erased case's payloads can no longer be read: that is the erasure.
    if (!key) throw new Error(`no data key for case ${keyId}: its payloads cannot be decrypted`);
    return temporal.api.common.v1.Payload.decode(open(key, payload.data, keyId));
  }
}

/** The data converter every Temporal client and worker of Entente is built with. */
export function caseDataConverter(keys: CaseKeyStore): DataConverter {
  return { payloadCodecs: [new CasePayloadCodec(keys)] };
}
