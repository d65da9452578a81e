import { randomUUID } from 'node:crypto';
import { connect as tlsConnect } from 'node:tls';
import { status } from '@grpc/grpc-js';
import { Connection } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { NativeConnection, Worker } from '@temporalio/worker';
import { enginesConfig, temporalClient, temporalTls, temporalTransport } from '@entente/platform';
import { CASE_SEARCH_ATTRIBUTES } from '@entente/workflows';
import * as activities from './echo.activities';
import { clusterEcho } from './echo.workflows';

// Temporal's own server of the cluster profile (infra/temporal-server, docs/adr/0029), which
// global-setup.ts brings up: mutual TLS and the JWT authorizer on its frontend.
const config = enginesConfig();
const namespace = config.temporalNamespace;
/** How the frontend ends a TLS handshake that offers no client certificate: its alert's code. */
function handshakeWithoutCertificate(ca: Uint8Array, servername = 'localhost'): Promise<string> {
  const [host, port] = config.temporalAddress.split(':');
  return new Promise((resolve) => {
    const socket = tlsConnect({ host, port: Number(port), ca: Buffer.from(ca), servername, ALPNProtocols: ['h2'] });
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer')));
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    socket.on('close', () => resolve('closed without an alert'));
  });
}

/** Without its `code`, a gRPC refusal could be any failure: the test names the status it expects. */
const refusedWith = (code: status) => expect.objectContaining({ code });

describe("the cluster profile's Temporal server", () => {
  it('runs a workflow and its activity for a client with a certificate and a token', async () => {
    const taskQueue = `cluster-echo-${randomUUID()}`;
    const connection = await NativeConnection.connect(temporalTransport(config));
    const client = await temporalClient(config, {});
    try {
      const worker = await Worker.create({
        connection,
        namespace,
        taskQueue,
        workflowsPath: require.resolve('./echo.workflows'),
        activities,
      });
      const workflowId = `cluster-echo/${randomUUID()}`;
      const answer = await worker.runUntil(client.workflow.execute(clusterEcho, { taskQueue, workflowId, args: ['Awa'] }));
      expect(answer).toBe('bonjour Awa, from the cluster');
      const described = await client.workflow.getHandle(workflowId).describe();
      expect(described.status.name).toBe('COMPLETED');
    } finally {
      await client.connection.close();
      await connection.close();
    }
  });

  it('refuses a client that has no certificate', async () => {
    const { serverRootCACertificate, serverNameOverride } = temporalTls(config)!;
    const serverOnly = { serverRootCACertificate, serverNameOverride };
    // gRPC only says the channel never became ready; the handshake below says why.
    await expect(Connection.connect({ address: config.temporalAddress, tls: serverOnly, connectTimeout: 3000 })).rejects.toThrow(
      'Failed to connect before the deadline',
    );
    await expect(handshakeWithoutCertificate(serverRootCACertificate!, serverNameOverride)).resolves.toBe(
      'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
    );
  });

  it('refuses every call but health from a client with a certificate and no token (PermissionDenied)', async () => {
    const connection = await Connection.connect({ address: config.temporalAddress, tls: temporalTls(config), connectTimeout: 5000 });
    try {
      await expect(connection.workflowService.describeNamespace({ namespace })).rejects.toEqual(refusedWith(status.PERMISSION_DENIED));
      const start = connection.workflowService.startWorkflowExecution({
        namespace,
        workflowId: `cluster-denied/${randomUUID()}`,
        workflowType: { name: 'clusterEcho' },
        taskQueue: { name: 'cluster-denied' },
        requestId: randomUUID(),
      });
      await expect(start).rejects.toEqual(refusedWith(status.PERMISSION_DENIED));
    } finally {
      await connection.close();
    }
  });

  it("has the cases' search attributes registered, each with its type", async () => {
    const client = await temporalClient(config, {});
    try {
      const { customAttributes } = await client.connection.operatorService.listSearchAttributes({ namespace });
      for (const { name, type } of Object.values(CASE_SEARCH_ATTRIBUTES)) {
        expect({ name, type: customAttributes?.[name] }).toEqual({ name, type: encodeSearchAttributeIndexedValueType(type) });
      }
    } finally {
      await client.connection.close();
    }
  });
});
