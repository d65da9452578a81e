import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { enginesConfig } from '@entente/platform';

// E-mail through a real mail server (issue 16): the test profile's Mailpit (infra/mailpit) accepts
// a message over SMTP and keeps it; read back through its HTTP API, it is the message sent, with
// its Message-ID and both parts. Its web inbox serves the page and the assets built from the
// module's sources.

const { smtpHost, smtpPort, mailpitUrl } = enginesConfig();

interface Address {
  readonly Name: string;
  readonly Address: string;
}

interface MessageSummary {
  readonly ID: string;
  readonly MessageID: string;
  readonly Subject: string;
}

interface Message extends MessageSummary {
  readonly From: Address;
  readonly To: Address[];
  readonly Text: string;
  readonly HTML: string;
}

async function get(path: string): Promise<Response> {
  const response = await fetch(`${mailpitUrl.replace(/\/$/, '')}${path}`);
  // The path in the assertion: a failure names what answered what.
  expect(`${path} ${response.status}`).toBe(`${path} 200`);
  return response;
}

const getJson = async <T>(path: string): Promise<T> => (await (await get(path)).json()) as T;

/** Mailpit's summary of the message with this Message-ID (without its angle brackets), once stored. */
async function stored(messageId: string): Promise<MessageSummary> {
  const query = encodeURIComponent(`message-id:${messageId}`);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { messages } = await getJson<{ messages: MessageSummary[] }>(`/api/v1/search?query=${query}`);
    const found = messages.find((message) => message.MessageID === messageId);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Mailpit has no message ${messageId} after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the mail server (Mailpit)', () => {
  it('keeps a message sent over SMTP: its Message-ID, sender, recipient, subject, text and HTML', async () => {
    const messageId = `${randomUUID()}@entente.test`;
    const subject = `Demande reçue — Québec ${messageId.slice(0, 8)}`;
    const text = 'Votre demande a été reçue.\nRéférence : ER-2026-0001';
    const html = '<p>Votre demande a été <strong>reçue</strong>.</p><p>Référence : ER-2026-0001</p>';

    const transport = createTransport({ host: smtpHost, port: smtpPort, secure: false, ignoreTLS: true });
    try {
      const info = await transport.sendMail({
        from: 'Entente <no-reply@entente.test>',
        to: 'Claire Roy <claire.roy@example.org>',
        subject,
        text,
        html,
        messageId: `<${messageId}>`,
      });
      expect(info.accepted).toEqual(['claire.roy@example.org']);
    } finally {
      transport.close();
    }

    const { ID } = await stored(messageId);
    const message = await getJson<Message>(`/api/v1/message/${ID}`);
    expect(message).toMatchObject({
      MessageID: messageId,
      Subject: subject,
      From: { Name: 'Entente', Address: 'no-reply@entente.test' },
      To: [{ Name: 'Claire Roy', Address: 'claire.roy@example.org' }],
    });
    // Lines travel as CRLF (RFC 5322), as Mailpit gives them back.
    expect(message.Text.replace(/\r\n/g, '\n').trim()).toBe(text);
    expect(message.HTML).toContain(html);
  });

  it('serves its web inbox with the stylesheet and script built from its sources', async () => {
    const page = await (await get('/')).text();
    const assets = [...page.matchAll(/(?:href|src)="([^"]*\/dist\/app\.(?:css|js)(?:\?[^"]*)?)"/g)].map(([, path]) => path!);
    expect(assets.map((path) => path.replace(/\?.*/, '')).sort()).toEqual(['/dist/app.css', '/dist/app.js']);
    for (const path of assets) {
      const response = await get(path);
      expect(response.headers.get('content-type')).toMatch(path.includes('.css') ? /^text\/css/ : /^application\/javascript/);
      expect((await response.text()).length).toBeGreaterThan(10_000);
    }
  });
});
