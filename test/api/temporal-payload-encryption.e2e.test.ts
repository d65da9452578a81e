import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflows } from '@entente/audit';
import { caseWorkflowId } from '@entente/contracts';
import { ENCRYPTED_ENCODING, KEY_ID_METADATA, temporalClient } from '@entente/platform';
import { ApiStack } from './api-harness';

/*
 * Temporal sees no personal information in clear (issue 15, item 3; docs/adr/0015): the raw
 * history of a new e-mail case, read from the server by a client WITHOUT the codec, holds no byte
 * of the sender's address in any payload, nor anywhere else in it. The control: the same search
 * finds the address in a history recorded before the codec, so a search that finds nothing proves
 * something.
 */

const stack = new ApiStack();
const SENDER = { name: `Awa Diallo ${stack.run}`, email: `awa.diallo.${stack.run}@example.org` };
const RECORDED = join(__dirname, '..', 'workflows', 'histories', 'email-request', 'answered-with-search-attributes.json');
const RECORDED_SENDER = 'awa.diallo@example.org';
const DECODE_HISTORY = join(__dirname, '..', '..', 'infra', 'temporal', 'decode-history.js');
let raw: Client;
let recordedNow: { workflowId: string; history: unknown } | undefined;

beforeAll(async () => {
  await stack.start();
  raw = await temporalClient(stack.engines, {});
});
afterAll(async () => {
  await raw?.connection.close();
  await stack.stop();
});

interface JsonPayload {
  readonly metadata: Record<string, string>;
  readonly data?: string;
}

/**
 * Every payload of a history in its JSON form (as `temporal workflow show --output json` writes
 * it), or only those the SDK passes through the codec: not the search attributes (the server
 * indexes them), nor the bookkeeping Temporal's core writes in its markers (a patch's id, a local
 * activity's id and attempt; its result is the SDK's).
 */
function payloadsIn(node: unknown, onlyEncoded = false): JsonPayload[] {
  if (Array.isArray(node)) return node.flatMap((item) => payloadsIn(item, onlyEncoded));
  if (node === null || typeof node !== 'object') return [];
  const object = node as Record<string, unknown>;
  const own =
    typeof object.metadata === 'object' && object.metadata !== null && 'encoding' in object.metadata
      ? [object as unknown as JsonPayload]
      : [];
  const children = Object.entries(object).filter(([key]) => !onlyEncoded || !NOT_ENCODED.has(key));
  return [...own, ...children.flatMap(([, child]) => payloadsIn(child, onlyEncoded))];
}

/** The trace context Temporal's OpenTelemetry interceptors put in each call's headers (ADR 0033): ids, in clear. */
const TRACE_HEADER = '_tracer-data';
const NOT_ENCODED = new Set(['searchAttributes', 'patch-data', 'data', TRACE_HEADER]);

/** Every trace header of a history, decoded. */
function traceHeadersIn(node: unknown): unknown[] {
  if (Array.isArray(node)) return node.flatMap(traceHeadersIn);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) =>
    key === TRACE_HEADER ? [JSON.parse(Buffer.from((child as JsonPayload).data ?? '', 'base64').toString('utf8'))] : traceHeadersIn(child),
  );
}

/** The payloads whose base64-decoded data holds `text`'s bytes. */
const payloadsHolding = (payloads: readonly JsonPayload[], text: string) =>
  payloads.filter((payload) => Buffer.from(payload.data ?? '', 'base64').includes(Buffer.from(text, 'utf8')));

async function rawHistory(workflowId: string): Promise<unknown> {
  const events: unknown[] = [];
  let nextPageToken: Uint8Array | undefined;
  do {
    const page = await raw.workflowService.getWorkflowExecutionHistory({
      namespace: stack.engines.temporalNamespace,
      execution: { workflowId },
      nextPageToken,
    });
    events.push(...(JSON.parse(historyToJSON(page.history ?? {})) as { events: unknown[] }).events);
    nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
  } while (nextPageToken);
  return { events };
}

describe('Temporal payloads encrypted per case', () => {
  it("keeps every byte of the sender's address out of a new e-mail case's raw history", async () => {
    const as = (role: 'intake-officer' | 'supervisor' | 'case-officer', sub?: string) => stack.bearer(role, sub);
    const received = await stack
      .http()
      .post('/email-requests')
      .set('Authorization', as('intake-officer'))
      .send({ sender: SENDER, subject: 'Stage OIG', body: `Écrivez-moi à ${SENDER.email}` })
      .expect(201);
    const caseId = received.body.caseId as string;
    const officer = `carole-${stack.run}`;
    await stack
      .http()
      .post(`/email-requests/${caseId}/assign`)
      .set('Authorization', as('supervisor'))
      .send({ officerId: officer })
      .expect(200);
    await stack
      .http()
      .post(`/email-requests/${caseId}/answer`)
      .set('Authorization', as('case-officer', officer))
      .send({ answer: 'Voici.' })
      .expect(200);

    const history = await rawHistory(caseWorkflowId('email-request', caseId));
    recordedNow = { workflowId: caseWorkflowId('email-request', caseId), history };
    const payloads = payloadsIn(history);
    const encoded = payloadsIn(history, true);
    expect(encoded.length).toBeGreaterThan(5);
    const encodings = new Set(encoded.map((payload) => Buffer.from(payload.metadata.encoding!, 'base64').toString('utf8')));
    expect([...encodings]).toEqual([ENCRYPTED_ENCODING]);
    // Every one under this case's own key: erasing the case destroys exactly that key.
    const keyIds = new Set(encoded.map((payload) => Buffer.from(payload.metadata[KEY_ID_METADATA]!, 'base64').toString('utf8')));
    expect([...keyIds]).toEqual([caseId]);
    expect(payloadsHolding(payloads, SENDER.email)).toEqual([]);
    expect(payloadsHolding(payloads, SENDER.name)).toEqual([]);
    // The one payload left in clear, the trace context of each call, holds nothing but its ids (or
    // nothing, from a caller that traces nothing).
    const traces = traceHeadersIn(history) as Record<string, string>[];
    expect(traces.length).toBeGreaterThan(0);
    const tracesOnly = (trace: Record<string, string>) =>
      Object.keys(trace).every((key) => key === 'traceparent' || key === 'tracestate') &&
      (trace.traceparent === undefined || /^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/.test(trace.traceparent));
    expect(traces.filter((trace) => !tracesOnly(trace))).toEqual([]);
    // Nor anywhere else in the history: failures' messages, summaries, search attributes.
    expect(JSON.stringify(history)).not.toContain(SENDER.email);
    // The apps, with the codec, still read the case whole.
    const detail = await stack.readModel(caseId, (body) => body.status === 'answered');
    expect(detail).toMatchObject({ senderAddress: SENDER.email });
  });

  it('finds the address with the same search in a history recorded before the codec (the control)', () => {
    const payloads = payloadsIn(JSON.parse(readFileSync(RECORDED, 'utf8')));
    expect(payloadsHolding(payloads, RECORDED_SENDER).length).toBeGreaterThan(0);
  });

  it('records a new case for the replay test: record-history.sh opens its payloads, and it replays without a key', async () => {
    expect(recordedNow).toBeDefined();
    const file = join(mkdtempSync(join(tmpdir(), 'entente-recorded-')), 'history.json');
    writeFileSync(file, JSON.stringify(recordedNow!.history));
    const env = { ...process.env, DATABASE_URL: stack.engines.databaseUrl, DATABASE_SCHEMA: stack.schema };
    execFileSync(process.execPath, [DECODE_HISTORY, file], { env });
    const decoded = JSON.parse(readFileSync(file, 'utf8'));
    expect(payloadsHolding(payloadsIn(decoded), SENDER.email).length).toBeGreaterThan(0);
    const failures: unknown[] = [];
    const histories = [{ workflowId: recordedNow!.workflowId, history: historyFromJSON(decoded) }];
    for await (const result of Worker.runReplayHistories({ workflowBundle: await bundleWorkflows() }, histories)) {
      if (result.error) failures.push(result.error);
    }
    expect(failures).toEqual([]);
  });
});
