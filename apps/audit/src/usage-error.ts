/** A command given wrongly, or refused by the API: its message is for the auditor, exit 2. */
export class UsageError extends Error {}
