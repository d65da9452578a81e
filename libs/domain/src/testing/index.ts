// Test support for deciders; imports Jest globals, so it is not re-exported from ../index.ts.
export * from '../shared/testing/decider-spec';
