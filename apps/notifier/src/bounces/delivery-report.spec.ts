import { simpleParser } from 'mailparser';
import { messageIdOf } from '@entente/persistence';
import { deliveryReportIn } from './delivery-report';
import { messageIdNamedBy, returnPathFor } from './return-path';

const RETURN = 'bounces@entente.example';
const ours = messageIdOf('case-1:4', 'sophie');

/** A delivery status notification as a remote server writes it. */
function report({ to = returnPathFor(ours, RETURN), recipient = ['Action: failed', 'Status: 5.1.1'], headers = '' } = {}): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.mri.example>',
    `To: ${to}`,
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    'I could not deliver your message.',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.mri.example',
    '',
    'Final-Recipient: rfc822; sophie.gagnon@mri.example',
    ...recipient,
    'Diagnostic-Code: smtp; 550 5.1.1 <sophie.gagnon@mri.example>:',
    '  Recipient address rejected: User unknown',
    '',
    '--b1',
    'Content-Type: text/rfc822-headers',
    '',
    headers,
    'Subject: Dépassement',
    '',
    '--b1--',
    '',
  ].join('\r\n');
}
const read = async (raw: string) => deliveryReportIn(await simpleParser(raw, { keepDeliveryStatus: true }), RETURN);

describe('a return path that names its message', () => {
  it('puts the Message-ID’s tag after a plus, and reads it back', () => {
    const address = returnPathFor(ours, RETURN);
    expect(address).toMatch(/^bounces\+[0-9a-f]{40}@entente\.example$/);
    expect(messageIdNamedBy(address, RETURN)).toBe(ours);
    expect(messageIdNamedBy(address.toUpperCase(), RETURN)).toBe(ours);
  });

  it('reads nothing from another address', () => {
    expect(messageIdNamedBy('bounces@entente.example', RETURN)).toBeNull();
    expect(messageIdNamedBy('other+0123456789abcdef@entente.example', RETURN)).toBeNull();
    expect(messageIdNamedBy(returnPathFor(ours, 'bounces@elsewhere.example'), RETURN)).toBeNull();
  });
});

describe('a delivery status notification', () => {
  it('reports a permanent failure, naming the message by its return path, the address redacted', async () => {
    expect(await read(report())).toEqual({
      messageId: ours,
      outcome: 'permanent',
      status: '5.1.1',
      diagnostic: 'smtp; 550 5.1.1 <[address]>: Recipient address rejected: User unknown',
    });
  });

  it('sends a 4.x.x failure again, and changes nothing for a delay', async () => {
    expect(await read(report({ recipient: ['Action: failed', 'Status: 4.2.2 (mailbox full)'] }))).toMatchObject({
      outcome: 'transient',
      status: '4.2.2',
    });
    expect(await read(report({ recipient: ['Action: delayed', 'Status: 4.4.1'] }))).toMatchObject({ outcome: 'delayed' });
  });

  it('names the message by the headers it returns when sent to the bare return address', async () => {
    expect(await read(report({ to: RETURN, headers: `Message-ID: ${ours}` }))).toMatchObject({ messageId: ours });
    expect(await read(report({ to: RETURN }))).toMatchObject({ messageId: null, outcome: 'permanent' });
  });

  it('is not read into an ordinary message, even one to the return address', async () => {
    const reply = ['From: someone@mri.example', `To: ${returnPathFor(ours, RETURN)}`, 'Subject: Re: Dépassement', '', 'Merci.'].join(
      '\r\n',
    );
    expect(await read(reply)).toBeNull();
  });
});
