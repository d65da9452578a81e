import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { smtpTransportOptions, type SmtpSettings } from '../../apps/notifier/src/sending/smtp-transport';
import { eventually } from '../projector/projector-harness';
import { freePort } from '../support/free-port';

/*
 * Issue 16: the notifier sends "to any mail server in production". A relay of its own here, the
 * same Mailpit the profiles run, as a ministry's would be set: STARTTLS required, a certificate
 * from the ministry's own authority, a login. The notifier's session settings reach it, and each
 * thing missing (the login, the password, the authority) is refused by the server or the client.
 */

const MAILPIT_VERSION = /^MAILPIT_VERSION=(\S+)$/m.exec(readFileSync('infra/mailpit/mailpit.sh', 'utf8'))![1]!;
const MAILPIT = join(process.env.ENTENTE_CACHE_DIR ?? join(homedir(), '.cache/entente'), 'mailpit', MAILPIT_VERSION, 'mailpit');
const LOGIN = { user: 'entente', password: `relay-${randomUUID().slice(0, 8)}` };
const folder = mkdtempSync(join(tmpdir(), 'smtp-relay-'));
let relay: ChildProcess;
let relaySettings: SmtpSettings;
let inboxUrl: string;

beforeAll(async () => {
  const certificate = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-keyout',
      'key.pem',
      '-out',
      'cert.pem',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
    ],
    { cwd: folder, encoding: 'utf8', input: '' },
  );
  expect({ status: certificate.status, said: certificate.status ? certificate.stderr : '' }).toEqual({ status: 0, said: '' });
  const [smtpPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(folder, 'passwords'), `${LOGIN.user}:${LOGIN.password}\n`);
  relay = spawn(MAILPIT, [
    ...['--database', join(folder, 'mailpit.db'), '--smtp', `127.0.0.1:${smtpPort}`, '--listen', `127.0.0.1:${httpPort}`],
    ...['--smtp-tls-cert', join(folder, 'cert.pem'), '--smtp-tls-key', join(folder, 'key.pem'), '--smtp-require-starttls'],
    ...['--smtp-auth-file', join(folder, 'passwords'), '--smtp-disable-rdns', '--disable-version-check'],
  ]);
  inboxUrl = `http://127.0.0.1:${httpPort}`;
  await eventually('the relay to answer', () =>
    fetch(`${inboxUrl}/api/v1/info`).then(
      (response) => response.ok || undefined,
      () => undefined,
    ),
  );
  relaySettings = {
    smtpHost: 'localhost',
    smtpPort,
    smtpTls: 'required',
    smtpUser: LOGIN.user,
    smtpPassword: LOGIN.password,
    smtpCaFile: join(folder, 'cert.pem'),
  };
});

afterAll(() => {
  relay?.kill();
  rmSync(folder, { recursive: true, force: true });
});

async function send(settings: SmtpSettings): Promise<string> {
  const transport = createTransport(smtpTransportOptions(settings));
  const messageId = `<${randomUUID()}@entente.test>`;
  try {
    await transport.sendMail({
      from: 'ne-pas-repondre@entente.example',
      to: 'sophie@mri.example',
      subject: 'Délai dépassé',
      text: 'x',
      messageId,
    });
    return messageId;
  } finally {
    transport.close();
  }
}

describe('a ministry’s relay: STARTTLS required, its own authority, a login', () => {
  it('takes the message over TLS with the login', async () => {
    const messageId = await send(relaySettings);
    const query = encodeURIComponent(`message-id:${messageId.slice(1, -1)}`);
    const found = await eventually('the message on the relay', async () => {
      const { messages } = (await (await fetch(`${inboxUrl}/api/v1/search?query=${query}`)).json()) as { messages: unknown[] };
      return messages.length ? messages : undefined;
    });
    expect(found).toHaveLength(1);
  });

  it('refuses a wrong password (535), and a session without a login', async () => {
    await expect(send({ ...relaySettings, smtpPassword: 'wrong' })).rejects.toMatchObject({ responseCode: 535 });
    await expect(send({ ...relaySettings, smtpUser: '', smtpPassword: '' })).rejects.toMatchObject({ responseCode: 530 });
  });

  it('sends nothing to a server whose certificate no trusted authority signed', async () => {
    await expect(send({ ...relaySettings, smtpCaFile: '' })).rejects.toThrow(/self[- ]signed certificate/);
  });
});
