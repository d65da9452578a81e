/** The queue's views, as the API names them (`GET /cases?view=`); `open` is for those who oversee. */
export const VIEWS = ['mine', 'unassigned', 'team', 'overdue', 'due-soon', 'open'] as const;
export type View = (typeof VIEWS)[number];

export const SORTS = ['dueAt', '-dueAt', 'receivedAt', '-receivedAt'] as const;
export type Sort = (typeof SORTS)[number];

const OVERSEERS = ['supervisor', 'director', 'secretary-general', 'auditor', 'administrator', 'privacy-officer'];

/** Views offered to a role: everyone works their own and their team's; overseers see all that is open. */
export function viewsFor(role: string): readonly View[] {
  return OVERSEERS.includes(role) ? VIEWS : VIEWS.filter((view) => view !== 'open');
}

/**
 * The view a person lands on: their own cases, or the whole queue for those who hold none. Intake
 * officers are never assignees, so "mine" would always be empty for them: they land on what their
 * team received that still waits to be assigned, which is what they logged and what a caller
 * phoning back asks about ("has someone taken my request?").
 */
export function defaultView(role: string): View {
  if (role === 'intake-officer') return 'unassigned';
  return ['auditor', 'administrator', 'director', 'supervisor', 'privacy-officer'].includes(role) ? 'open' : 'mine';
}

export const CASE_TYPES = [
  'email-request',
  'telephone-inquiry',
  'complaint',
  'internship-application',
  'bilateral-project',
  'call-for-proposals',
  'premier-mission',
  'cooperation-engagement',
] as const;

/** A case's short reference: the first block of its id, as staff read it aloud. */
export const reference = (caseId: string) => caseId.slice(0, 8).toUpperCase();
