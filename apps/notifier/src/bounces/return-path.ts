import { messageIdTagged } from '@entente/persistence';

/**
 * The envelope sender of each message names the message (VERP): `bounces+<tag>@domain` for the
 * configured `bounces@domain`, the tag being the local part of the row's Message-ID. A delivery
 * status notification goes back to that address, so it names the message even from a server that
 * returns none of the original headers.
 */
const TAG = /^<([0-9a-f]{16,64})@/;

export function returnPathFor(messageId: string, returnAddress: string): string {
  const tag = TAG.exec(messageId)?.[1];
  const at = returnAddress.lastIndexOf('@');
  if (!tag || at < 1) return returnAddress;
  return `${returnAddress.slice(0, at)}+${tag}${returnAddress.slice(at)}`;
}

/** The Message-ID a return address names, when it is one of ours; null otherwise. */
export function messageIdNamedBy(address: string, returnAddress: string): string | null {
  const at = returnAddress.lastIndexOf('@');
  const [local, domain] = [escaped(returnAddress.slice(0, at)), escaped(returnAddress.slice(at + 1))];
  const tag = new RegExp(`^${local}\\+([0-9a-f]{16,64})@${domain}$`, 'i').exec(address.trim())?.[1];
  return tag ? messageIdTagged(tag.toLowerCase()) : null;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
