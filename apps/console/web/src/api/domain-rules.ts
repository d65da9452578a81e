/*
 * The few rules of libs/domain the pages apply themselves, bundled from the API's own source
 * rather than copied: pure functions (no framework, no Node built-ins), so they run unchanged in
 * the browser, and a change to a rule changes the API and the console together. Only this file
 * reaches into libs/domain; everything else still talks to the API through /api.
 */
import { mayAudit } from '../../../../../libs/domain/src/access/command-policy';
import type { Role } from '../../../../../libs/domain/src/shared/command';

export { instantAt } from '../../../../../libs/domain/src/calendar/time-zone';

/** Whether the API lets this role verify the whole log (`GET /audit/verification`); an unknown role may not. */
export const mayVerifyLog = (role: string): boolean => mayAudit({ role: role as Role });
