/** The wait before a message's next attempt: 2 s, 4 s, 8 s... at most an hour. */
export const backoffMs = (attempts: number) => Math.min(2 ** attempts * 1000, 3_600_000);

/** When a message tried `attempts` times is tried again. */
export const retryAt = (attempts: number) => new Date(Date.now() + backoffMs(attempts));
