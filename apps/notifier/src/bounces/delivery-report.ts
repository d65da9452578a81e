import type { Attachment, ParsedMail } from 'mailparser';
import { messageIdNamedBy } from './return-path';

/**
 * What a delivery status notification (RFC 3464) says of one of our messages:
 * - `permanent` (status 5.x.x): the address will not take it; the row is reported failed;
 * - `transient` (4.x.x, the remote server gave up for now): sent again with backoff;
 * - `delayed` (still being tried): nothing changes.
 */
export interface DeliveryReport {
  /** The message it is about, from the return address or the headers it returns; null when it names none of ours. */
  readonly messageId: string | null;
  readonly outcome: 'permanent' | 'transient' | 'delayed';
  readonly status: string | null;
  /** The remote server's words, any address in them replaced by `[address]`. */
  readonly diagnostic: string | null;
}

type Fields = Map<string, string>;

/** The report a message carries, or null when it is not a delivery status notification (a reply, an auto-reply). */
export function deliveryReportIn(mail: ParsedMail, returnAddress: string): DeliveryReport | null {
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const status = mail.attachments.find(({ contentType }) => contentType === 'message/delivery-status');
  if (type?.value !== 'multipart/report' || type.params?.['report-type'] !== 'delivery-status' || !status) return null;
  const recipients = fieldBlocks(status.content.toString('utf8')).slice(1);
  const failed = recipients.find((fields) => fields.get('action')?.toLowerCase() === 'failed');
  const said = failed ?? recipients[0];
  const code = said?.get('status')?.match(/^[245]\.\d{1,3}\.\d{1,3}/)?.[0] ?? null;
  return {
    messageId: returnedTo(mail, returnAddress) ?? messageIdReturnedIn(mail.attachments),
    outcome: !failed ? 'delayed' : code?.startsWith('4') ? 'transient' : 'permanent',
    status: code,
    diagnostic: redacted(said?.get('diagnostic-code') ?? null),
  };
}

/** The report's blocks of `Name: value` fields (the first is the message's, then one per recipient); folded lines unfolded. */
function fieldBlocks(text: string): Fields[] {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\n[ \t]+/g, ' ')
    .split(/\n\s*\n/)
    .map((block) => new Map(block.split('\n').flatMap((line) => field(line))))
    .filter((fields) => fields.size > 0);
}

function field(line: string): [string, string][] {
  const colon = line.indexOf(':');
  return colon > 0 ? [[line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]] : [];
}

function returnedTo(mail: ParsedMail, returnAddress: string): string | null {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  const addresses = to.flatMap(({ value }) => value.map(({ address }) => address ?? ''));
  return addresses.map((address) => messageIdNamedBy(address, returnAddress)).find((id) => id !== null) ?? null;
}

/** The Message-ID in the headers (or the whole message) the report returns. */
function messageIdReturnedIn(attachments: readonly Attachment[]): string | null {
  const returned = attachments.find(({ contentType }) => contentType === 'text/rfc822-headers' || contentType === 'message/rfc822');
  const headers = returned?.content.toString('utf8').replace(/\r\n/g, '\n').split('\n\n')[0] ?? '';
  return /^message-id:\s*(<[^>\s]+>)/im.exec(headers)?.[1] ?? null;
}

const redacted = (text: string | null) => text?.replace(/[^\s<>;:"'()]+@[^\s<>;:"'()]+/g, '[address]').slice(0, 300) ?? null;
