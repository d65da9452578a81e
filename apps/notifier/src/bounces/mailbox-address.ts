/** Where the bounce mailbox is read: a POP3 server, with TLS from the start for `pop3s`. */
export interface MailboxAddress {
  readonly host: string;
  readonly port: number;
  readonly tls: boolean;
  readonly user: string;
  readonly password: string;
}

/** `BOUNCE_MAILBOX_URL`'s text as an address; empty: none. Throws, naming what is wrong, never the password. */
export function mailboxAddress(raw: string): MailboxAddress | null {
  if (raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('must be a URL such as pop3s://user:password@mail.example:995');
  }
  if (url.protocol !== 'pop3:' && url.protocol !== 'pop3s:') throw new Error(`must use pop3: or pop3s:, not ${url.protocol}`);
  if (!url.username || !url.password) throw new Error('must name the mailbox’s user and password');
  const tls = url.protocol === 'pop3s:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : tls ? 995 : 110,
    tls,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}
