import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smtpTransportOptions, type SmtpSettings } from './smtp-transport';

const LOCAL: SmtpSettings = {
  smtpHost: '127.0.0.1',
  smtpPort: 1025,
  smtpTls: 'opportunistic',
  smtpUser: '',
  smtpPassword: '',
  smtpCaFile: '',
};

describe('the mail server session', () => {
  it('locally: no login, STARTTLS only when the server offers it', () => {
    expect(smtpTransportOptions(LOCAL)).toEqual({
      host: '127.0.0.1',
      port: 1025,
      secure: false,
      requireTLS: false,
      tls: { servername: '127.0.0.1' },
    });
  });

  it('a ministry relay: STARTTLS required, a login, and its authority trusted beside the system’s', () => {
    const folder = mkdtempSync(join(tmpdir(), 'smtp-ca-'));
    try {
      const caFile = join(folder, 'ca.pem');
      writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
      const relay = { ...LOCAL, smtpHost: 'smtp.example.gouv.qc.ca', smtpPort: 587, smtpTls: 'required' as const };
      expect(smtpTransportOptions({ ...relay, smtpUser: 'entente', smtpPassword: 's3cret', smtpCaFile: caFile })).toMatchObject({
        secure: false,
        requireTLS: true,
        auth: { user: 'entente', pass: 's3cret' },
        tls: { servername: 'smtp.example.gouv.qc.ca', ca: expect.stringContaining('BEGIN CERTIFICATE') },
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('TLS from the first byte on port 465', () => {
    expect(smtpTransportOptions({ ...LOCAL, smtpPort: 465, smtpTls: 'implicit' })).toMatchObject({ secure: true, requireTLS: false });
  });
});
