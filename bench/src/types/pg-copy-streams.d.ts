// The one function of pg-copy-streams 7 the bench uses (its own package ships no types).
declare module 'pg-copy-streams' {
  import type { Submittable } from 'pg';
  import type { Writable } from 'node:stream';
  export function from(text: string): Submittable & Writable;
}
