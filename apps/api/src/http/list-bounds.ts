/**
 * The most items a list in a request may hold where its own rule names no smaller count: far past
 * any real case (a call's proposals, a plan's milestones, a panel), and small enough that one
 * request cannot swell a case's state, its events and every read of them.
 */
export const MAX_LIST_ITEMS = 200;
