import { makeContinueAsNewFunc } from '@temporalio/workflow';

/*
 * The case workflows, and one that continues as new into any of them with the input a test gives:
 * the only way a run receives carried state (a case workflow refuses it from a client's start,
 * docs/adr/0012-commands-signed-by-the-api.md), for a test of a state carried in an old shape.
 */
export * from '@entente/workflows/dist/workflows';

/** `taskQueue`: another worker's (the API stack's), when this test module runs on a queue of its own. */
export async function continueInto(workflowType: string, input: unknown, taskQueue?: string): Promise<void> {
  await makeContinueAsNewFunc<(input: unknown) => Promise<unknown>>({ workflowType, ...(taskQueue && { taskQueue }) })(input);
}
