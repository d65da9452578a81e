import { TEAMS, type Team } from '@entente/domain';

export { TEAMS, type Team };

/** The kinds of case the engine runs; each has its own topic, workflow and read-model rows. */
export const CASE_TYPES = [
  'email-request',
  'internship-application',
  'complaint',
  'telephone-inquiry',
  'call-for-proposals',
  'cooperation-engagement',
  'bilateral-project',
  'premier-mission',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export function isCaseType(value: string): value is CaseType {
  return (CASE_TYPES as readonly string[]).includes(value);
}

/** One workflow per case; the id is derived so that a second start for the same case is refused. */
export function caseWorkflowId(caseType: CaseType, caseId: string): string {
  return `${caseType}/${caseId}`;
}

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** The name of the workflow that runs a case type, as the worker's bundle must export it. */
export type CaseWorkflowType<T extends CaseType = CaseType> = `${CamelCase<T>}Workflow`;

/** The workflow type that runs a case type: `email-request` -> `emailRequestWorkflow`. */
export function caseWorkflowType<T extends CaseType>(caseType: T): CaseWorkflowType<T> {
  return `${caseType.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}Workflow` as CaseWorkflowType<T>;
}

/** Which unit works each case type: the work queue filters by team. */
export const CASE_TYPE_TEAMS: Readonly<Record<CaseType, Team>> = {
  'email-request': 'information-services',
  'telephone-inquiry': 'information-services',
  'internship-application': 'international-programs',
  'call-for-proposals': 'international-programs',
  'bilateral-project': 'bilateral-relations',
  'premier-mission': 'missions-bureau',
  complaint: 'secretary-general',
  'cooperation-engagement': 'interparliamentary-cooperation',
};

export function caseTypesOfTeam(team: Team): CaseType[] {
  return CASE_TYPES.filter((caseType) => CASE_TYPE_TEAMS[caseType] === team);
}

/** Each case type's name in both languages, as staff read it (the console shows the same). */
export const CASE_TYPE_NAMES: Readonly<Record<CaseType, { readonly fr: string; readonly en: string }>> = {
  'email-request': { fr: 'Demande par courriel', en: 'E-mail request' },
  'telephone-inquiry': { fr: 'Demande téléphonique', en: 'Telephone inquiry' },
  complaint: { fr: 'Plainte', en: 'Complaint' },
  'internship-application': { fr: 'Candidature de stage', en: 'Internship application' },
  'bilateral-project': { fr: 'Projet bilatéral', en: 'Bilateral project' },
  'call-for-proposals': { fr: 'Appel de projets', en: 'Call for proposals' },
  'premier-mission': { fr: 'Mission du premier ministre', en: 'Premier-led mission' },
  'cooperation-engagement': { fr: 'Engagement de coopération', en: 'Cooperation engagement' },
};
