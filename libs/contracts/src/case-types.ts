/** The kinds of case the engine runs; each has its own topic, workflow and read-model rows. */
export const CASE_TYPES = ['email-request', 'internship-application', 'complaint', 'telephone-inquiry', 'call-for-proposals', 'cooperation-engagement', 'bilateral-project', 'premier-mission'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export function isCaseType(value: string): value is CaseType {
  return (CASE_TYPES as readonly string[]).includes(value);
}

/** One workflow per case; the id is derived so that a second start for the same case is refused. */
export function caseWorkflowId(caseType: CaseType, caseId: string): string {
  return `${caseType}/${caseId}`;
}

/** The workflow type that runs a case type: `email-request` -> `emailRequestWorkflow`. */
export function caseWorkflowType(caseType: CaseType): string {
  return `${caseType.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}Workflow`;
}
