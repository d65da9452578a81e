/*
 * The few rules of libs/domain the pages apply themselves, bundled from the API's own source
 * rather than copied: pure functions (no framework, no Node built-ins), so they run unchanged in
 * the browser, and a change to a rule changes the API and the console together. Only this file
 * reaches into libs/domain; everything else still talks to the API through /api.
 */
export { instantAt } from '../../../../../libs/domain/src/calendar/time-zone';
