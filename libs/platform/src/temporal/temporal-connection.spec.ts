import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporalApiKey, temporalTls, temporalTransport } from './temporal-connection';

const address = '127.0.0.1:7233';
let dir: string;
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'temporal-connection-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a connection to Temporal', () => {
  it('is plain gRPC without a token when no TLS file nor token file is named, as the dev server speaks', () => {
    expect(temporalTransport({ temporalAddress: address, temporalTlsCaFile: '', temporalApiKeyFile: '' })).toEqual({ address });
  });

  it('carries the CA, the client certificate and key, the server name and the token when they are named', () => {
    const transport = temporalTransport({
      temporalAddress: address,
      temporalTlsCaFile: file('ca.pem', 'CA'),
      temporalTlsCertFile: file('client.pem', 'CERT'),
      temporalTlsKeyFile: file('client.key', 'KEY'),
      temporalTlsServerName: 'localhost',
      temporalApiKeyFile: file('apps.token', 'a.b.c\n'),
    });
    expect(transport).toEqual({
      address,
      tls: {
        serverRootCACertificate: Buffer.from('CA'),
        clientCertPair: { crt: Buffer.from('CERT'), key: Buffer.from('KEY') },
        serverNameOverride: 'localhost',
      },
      apiKey: 'a.b.c',
    });
  });

  it('refuses a certificate without its key, naming the missing variable', () => {
    expect(() => temporalTls({ temporalAddress: address, temporalTlsCertFile: file('client.pem', 'CERT') })).toThrow(
      'configuration: TEMPORAL_TLS_KEY_FILE is required with the other one',
    );
  });

  it('names the variable whose file cannot be read', () => {
    expect(() => temporalTls({ temporalAddress: address, temporalTlsCaFile: join(dir, 'missing.pem') })).toThrow(
      'configuration: TEMPORAL_TLS_CA_FILE names a file that cannot be read',
    );
  });

  it('reads the token again once its file changes, so a token minted anew reaches a running client', () => {
    const path = file('apps.token', 'first');
    const token = temporalApiKey({ temporalAddress: address, temporalApiKeyFile: path })!;
    expect(token()).toBe('first');
    writeFileSync(path, 'second\n');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(token()).toBe('second');
  });
});
