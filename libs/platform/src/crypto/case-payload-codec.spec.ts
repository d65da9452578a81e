import { randomBytes } from 'node:crypto';
import type { Payload } from '@temporalio/common';
import { defaultPayloadConverter } from '@temporalio/common';
import { EnvelopeCaseKeyStore, InMemoryWrappedKeyTable, LocalKeyWrapper } from './case-key-store';
import { CasePayloadCodec, ENCRYPTED_ENCODING, keyIdOf, OPERATIONS_KEY_ID } from './case-payload-codec';

const CASE_ID = '0b6f3c1e-4d2a-4f5e-9a7b-1c2d3e4f5a6b';
const OTHER_CASE_ID = '5a6b7c8d-1111-4222-8333-444455556666';
const caseContext = (caseId: string) => ({ type: 'workflow' as const, namespace: 'default', workflowId: `email-request/${caseId}` });
const personal = { from: 'ines.tremblay@example.org', body: 'Bonjour' };

function setUp() {
  const table = new InMemoryWrappedKeyTable();
  const keys = new EnvelopeCaseKeyStore(table, new LocalKeyWrapper(randomBytes(32)));
  return { table, keys, codec: new CasePayloadCodec(keys) };
}

const clearPayload = (): Payload => defaultPayloadConverter.toPayload(personal);
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');

describe('CasePayloadCodec', () => {
  it("seals each payload with its case's key, names the key, and opens it again", async () => {
    const { codec, table } = setUp();
    const [sealed] = await codec.encode([clearPayload()], caseContext(CASE_ID));
    expect(text(sealed!.metadata!.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(sealed!.metadata!['entente-key-id'])).toBe(CASE_ID);
    expect(Buffer.from(sealed!.data!).includes('ines.tremblay')).toBe(false);
    expect([...table.rows.keys()]).toEqual([CASE_ID]);
    const [opened] = await codec.decode([sealed!]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual(personal);
  });

  it('decodes without a context: the key id travels with the payload', async () => {
    const { codec } = setUp();
    const sealed = await codec.encode([clearPayload(), clearPayload()], caseContext(CASE_ID));
    const opened = await codec.decode(sealed);
    expect(opened.map((payload) => defaultPayloadConverter.fromPayload(payload))).toEqual([personal, personal]);
  });

  it('passes a payload sealed before the codec through unchanged, so old histories replay', async () => {
    const { codec } = setUp();
    const clear = clearPayload();
    expect(await codec.decode([clear])).toEqual([clear]);
  });

  it("refuses a payload moved to another case's key id, and one whose case key was destroyed", async () => {
    const { codec, keys } = setUp();
    const [sealed] = await codec.encode([clearPayload()], caseContext(CASE_ID));
    await codec.encode([clearPayload()], caseContext(OTHER_CASE_ID));
    const moved = { ...sealed!, metadata: { ...sealed!.metadata, 'entente-key-id': Buffer.from(OTHER_CASE_ID) } };
    await expect(codec.decode([moved])).rejects.toThrow();
    await keys.destroy(CASE_ID);
    await expect(codec.decode([sealed!])).rejects.toThrow(`no data key for case ${CASE_ID}`);
  });
});

describe('keyIdOf', () => {
  it("is the case id of a case's workflow, and the operations key for anything else", () => {
    expect(keyIdOf(caseContext(CASE_ID))).toBe(CASE_ID);
    expect(keyIdOf({ type: 'activity', namespace: 'default', workflowId: `complaint/${CASE_ID}`, isLocal: true })).toBe(CASE_ID);
    expect(keyIdOf({ type: 'workflow', namespace: 'default', workflowId: 'calendar-change/qc/3' })).toBe(OPERATIONS_KEY_ID);
    // A closed case's record (an erasure, a correction sealed before it reaches Temporal) must outlive the case's key.
    expect(keyIdOf({ type: 'workflow', namespace: 'default', workflowId: `closed-case/${CASE_ID}/4` })).toBe(OPERATIONS_KEY_ID);
    expect(keyIdOf({ type: 'activity', namespace: 'default', isLocal: false })).toBe(OPERATIONS_KEY_ID);
    expect(keyIdOf(undefined)).toBe(OPERATIONS_KEY_ID);
  });
});
