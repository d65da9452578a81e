/**
 * For the `default` of a switch over a union: `value` is `never` when every member is handled,
 * so adding a member without a case fails to compile. At run time (an event type from a newer
 * version in history) it returns `fallback` rather than throwing, which keeps `evolve` total.
 */
export function exhaustive<T>(_value: never, fallback: T): T {
  return fallback;
}
