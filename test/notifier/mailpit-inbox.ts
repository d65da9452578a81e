/** A message as Mailpit's API lists it (its Message-ID without the angle brackets). */
export interface InboxMessage {
  readonly ID: string;
  readonly MessageID: string;
  readonly Subject: string;
  readonly To: readonly { Name: string; Address: string }[];
}

/** The mail server's messages to an address (Mailpit's search API). */
export async function inboxOf(mailpitUrl: string, address: string): Promise<InboxMessage[]> {
  const response = await fetch(`${mailpitUrl}/api/v1/search?limit=500&query=${encodeURIComponent(`to:"${address}"`)}`);
  return ((await response.json()) as { messages: InboxMessage[] }).messages;
}

/** A message's plain-text part. */
export async function textOf(mailpitUrl: string, message: InboxMessage): Promise<string> {
  const response = await fetch(`${mailpitUrl}/api/v1/message/${message.ID}`);
  return ((await response.json()) as { Text: string }).Text;
}
