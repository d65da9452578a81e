import type { Role } from '@entente/domain';
import { daysAgo, type SeedClient } from './seed-client';

/*
 * Calls of the Humanitarian Action Assistance Program and Québec Without Borders. Two stay open
 * (one extended); two close a few seconds after publication, since only the workflow's timer
 * closes a call, and are then evaluated: one is still being scored, one is fully decided and
 * notified. None can be overdue: the selection clock starts at a closing that cannot be past.
 */

const PATH = '/calls-for-proposals';
/** Long enough to record the proposals before the timer closes the call. */
const CLOSING_SOON_MS = 10_000;
const HUMANITARIAN = [
  { id: 'relevance', title: 'Pertinence au regard des besoins de la population touchée', maxScore: 40, weight: 3 },
  { id: 'capacity', title: 'Capacité de l’organisme et de son partenaire local', maxScore: 30, weight: 2 },
  { id: 'budget', title: 'Réalisme du budget', maxScore: 10, weight: 1 },
];
const WITHOUT_BORDERS = [
  { id: 'training', title: 'Qualité de la formation prédépart des stagiaires', maxScore: 20, weight: 2 },
  { id: 'partner', title: 'Engagement du partenaire d’accueil', maxScore: 20, weight: 1 },
];
const ORG = {
  oxfam: { id: 'oxfam-quebec', name: 'Oxfam-Québec', email: 'programmes@oxfam-quebec.example' },
  ceci: { id: 'ceci', name: 'Centre d’étude et de coopération internationale', email: 'appels@ceci.example' },
  suco: { id: 'suco', name: 'SUCO', email: 'projets@suco.example' },
  carrefour: { id: 'csi', name: 'Carrefour de solidarité internationale', email: 'stages@csi-sherbrooke.example' },
};

/** `marks`: each evaluator's scores, in the criteria's order, for the calls that are evaluated. */
type Proposal = { proposalId: string; organization: (typeof ORG)[keyof typeof ORG]; projectTitle: string; marks?: [number[], number[]] };
interface ExampleCall {
  readonly call: { programme: string; title: string; criteria: typeof HUMANITARIAN };
  readonly proposals: readonly Proposal[];
  /** Days until closing; none for a call that closes within seconds and is then evaluated. */
  readonly closesInDays?: number;
  readonly extendByDays?: number;
  readonly selection?: 'scoring' | 'notified';
}

const EXAMPLE_CALLS: readonly ExampleCall[] = [
  {
    call: {
      programme: 'humanitarian-action',
      title: 'Programme d’aide à l’action humanitaire 2026-2027, deuxième appel',
      criteria: HUMANITARIAN,
    },
    closesInDays: 21,
    proposals: [
      { proposalId: 'PAAH-2026-021', organization: ORG.oxfam, projectTitle: 'Eau potable et assainissement à Jacmel, Haïti' },
      { proposalId: 'PAAH-2026-022', organization: ORG.ceci, projectTitle: 'Sécurité alimentaire au Sahel burkinabè' },
    ],
  },
  {
    call: { programme: 'quebec-without-borders', title: 'Québec sans frontières 2027, stages de groupe', criteria: WITHOUT_BORDERS },
    closesInDays: 10,
    extendByDays: 14,
    proposals: [{ proposalId: 'QSF-2027-004', organization: ORG.carrefour, projectTitle: 'Stage en santé communautaire au Bénin' }],
  },
  {
    call: {
      programme: 'humanitarian-action',
      title: 'Programme d’aide à l’action humanitaire, appel d’urgence Madagascar',
      criteria: HUMANITARIAN,
    },
    selection: 'scoring',
    proposals: [
      {
        proposalId: 'PAAH-2026-031',
        organization: ORG.ceci,
        projectTitle: 'Abris d’urgence après le cyclone à Toamasina, Madagascar',
        marks: [
          [35, 25, 8],
          [33, 26, 9],
        ],
      },
      {
        proposalId: 'PAAH-2026-032',
        organization: ORG.suco,
        projectTitle: 'Relance agricole dans la région Atsinanana, Madagascar',
        marks: [
          [28, 20, 6],
          [30, 22, 7],
        ],
      },
    ],
  },
  {
    call: { programme: 'quebec-without-borders', title: 'Québec sans frontières 2026, stages individuels', criteria: WITHOUT_BORDERS },
    selection: 'notified',
    proposals: [
      {
        proposalId: 'QSF-2026-011',
        organization: ORG.suco,
        projectTitle: 'Stage en agroécologie au Mali',
        marks: [
          [17, 16],
          [15, 18],
        ],
      },
      {
        proposalId: 'QSF-2026-012',
        organization: ORG.oxfam,
        projectTitle: 'Stage en éducation des filles au Niger',
        marks: [
          [19, 17],
          [18, 19],
        ],
      },
      {
        proposalId: 'QSF-2026-013',
        organization: ORG.carrefour,
        projectTitle: 'Stage en communication communautaire au Togo',
        marks: [
          [12, 10],
          [11, 13],
        ],
      },
    ],
  },
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const scoresOf = (call: ExampleCall, marks: number[]) =>
  call.call.criteria.map((criterion, index) => ({
    criterionId: criterion.id,
    score: marks[index],
    comment: 'Conforme à la grille publiée.',
  }));

/** Publishes the call and records its proposals (and its extension). */
async function open(client: SeedClient, example: ExampleCall): Promise<string> {
  const closesAt =
    example.closesInDays === undefined ? new Date(Date.now() + CLOSING_SOON_MS).toISOString() : daysAgo(-example.closesInDays);
  const { caseId } = await client.post(PATH, 'supervisor', 'sophie.gagnon', { ...example.call, closesAt });
  for (const { marks: _marks, ...proposal } of example.proposals) {
    await client.post(`${PATH}/${caseId}/proposals`, 'intake-officer', 'ines.tremblay', proposal);
  }
  if (example.extendByDays !== undefined) {
    const extended = {
      closesAt: daysAgo(-(example.closesInDays ?? 0) - example.extendByDays),
      reason: 'Les organismes partenaires ont demandé deux semaines de plus.',
    };
    await client.post(`${PATH}/${caseId}/extension`, 'administrator', 'helene.morin', extended);
  }
  return caseId;
}

async function untilClosed(client: SeedClient, caseId: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const view = await client.call<{ state: { status: string } }>('GET', `${PATH}/${caseId}/live`, 'auditor', 'seed-check');
    if (view.state.status !== 'open') return;
    await pause(500);
  }
  throw new Error(`call ${caseId} did not close`);
}

/** Two evaluators per proposal; Julie is recused from the first one (she sits on its board) and replaced. */
async function evaluate(client: SeedClient, caseId: string, example: ExampleCall): Promise<void> {
  const step = (action: string, role: Role, sub: string, body: object) => client.post(`${PATH}/${caseId}/${action}`, role, sub, body);
  for (const [index, { proposalId, marks }] of example.proposals.entries()) {
    await step('evaluators', 'supervisor', 'sophie.gagnon', { proposalId, evaluatorIds: ['marc.bouchard', 'julie.cote'] });
    const evaluators = ['marc.bouchard', 'julie.cote'];
    if (index === 0) {
      await step('conflicts-of-interest', 'case-officer', 'julie.cote', {
        proposalId,
        declaration: 'conflict',
        nature: 'Siège au conseil d’administration de l’organisme.',
      });
      await step('evaluators', 'supervisor', 'sophie.gagnon', { proposalId, evaluatorIds: ['karim.benali'] });
      evaluators[1] = 'karim.benali';
    }
    // The call still being scored waits for its last proposal's second score.
    const scoring = example.selection === 'scoring' && index === example.proposals.length - 1 ? evaluators.slice(0, 1) : evaluators;
    for (const [which, evaluatorId] of scoring.entries()) {
      await step('conflicts-of-interest', 'case-officer', evaluatorId, { proposalId, declaration: 'none' });
      await step('scores', 'case-officer', evaluatorId, { proposalId, scores: scoresOf(example, marks?.[which] ?? []) });
    }
  }
}

/** The two best ranked are selected; every organization is then told the outcome of its proposals. */
async function decideAndNotify(client: SeedClient, caseId: string, example: ExampleCall): Promise<void> {
  const { ranking } = await client.call<{ ranking: { proposalId: string; rank: number }[] }>(
    'GET',
    `${PATH}/${caseId}/evaluations`,
    'auditor',
    'seed-check',
  );
  const decisions = ranking.map(({ proposalId, rank }) =>
    rank <= 2
      ? { proposalId, outcome: 'selected', reasons: `Classée ${rank}e, dans les limites de l’enveloppe du programme.` }
      : { proposalId, outcome: 'not-selected', reasons: `Classée ${rank}e, sous la ligne de financement.` },
  );
  await client.post(`${PATH}/${caseId}/decision`, 'director', 'denis.lavoie', { decisions });
  for (const organizationId of new Set(example.proposals.map((proposal) => proposal.organization.id))) {
    await client.post(`${PATH}/${caseId}/notifications`, 'case-officer', 'marc.bouchard', { organizationId });
  }
}

export async function seedCallsForProposals(client: SeedClient): Promise<string[]> {
  const caseIds: string[] = [];
  for (const example of EXAMPLE_CALLS) caseIds.push(await open(client, example));
  for (const [index, example] of EXAMPLE_CALLS.entries()) {
    if (!example.selection) continue;
    await untilClosed(client, caseIds[index]!);
    await evaluate(client, caseIds[index]!, example);
    if (example.selection === 'notified') await decideAndNotify(client, caseIds[index]!, example);
  }
  return caseIds;
}
