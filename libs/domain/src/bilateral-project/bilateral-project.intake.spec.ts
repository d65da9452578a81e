import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type { AssignBilateralProject, SubmitBilateralProject, WithdrawBilateralProject } from './bilateral-project.commands';
import { bilateralProjectDecider } from './bilateral-project.decider';
import type { BilateralProjectEvent } from './bilateral-project.events';
import {
  abandoned,
  assigned,
  auditor,
  CLOCK,
  command,
  coordinator,
  deployed,
  director,
  END_RECORDED,
  field,
  intake,
  LATER,
  NEGOTIATING,
  odile,
  olivier,
  RECORDED,
  refused,
  submission,
  SUBMITTED,
  submitted,
  SUPPORTING,
  supervisor,
  system,
  UNDER_ANALYSIS,
  withdrawn,
} from './bilateral-project.fixtures';
import { BILATERAL_PROJECT_PERMISSIONS, mayIssueBilateralProjectCommand } from './bilateral-project.permissions';

const spec = DeciderSpecification.for(bilateralProjectDecider);

const submit = (data: Partial<SubmitBilateralProject['data']> = {}, actor = intake, now = RECORDED) =>
  command<SubmitBilateralProject>('SubmitBilateralProject', { ...submission, ...data }, actor, now);
const assign = (officerId: string, actor = intake, reason?: string | null) =>
  command<AssignBilateralProject>('AssignBilateralProject', reason === undefined ? { officerId } : { officerId, reason }, actor, RECORDED);
const withdraw = (actor: Actor = intake, reason = 'The cégep lost its forestry programme funding.', now = END_RECORDED) =>
  command<WithdrawBilateralProject>('WithdrawBilateralProject', { reason }, actor, now);

describe('SubmitBilateralProject', () => {
  it('records the project, the agreement and the requested support; no clock yet', () => {
    spec.given([]).when(submit()).then([submitted]);
  });

  it('keeps a submission recorded late at its true instant, in UTC; trims texts; blank contact name is null', () => {
    const institution = { ...submission.institution, name: ' Cégep de Saint-Félicien ', contactName: ' ' };
    const requestedSupport = { description: 'Liaison only', amountCad: null };
    spec
      .given([])
      .when(submit({ institution, requestedSupport, submittedAt: '2026-02-16T10:00:00-05:00' }, supervisor))
      .then([
        {
          type: 'BilateralProjectSubmitted',
          data: {
            ...submission,
            institution: { ...submission.institution, contactName: null },
            requestedSupport,
            recordedBy: 'sophie',
          },
        },
      ]);
  });

  it('is refused when the case already exists', () => {
    spec
      .given([submitted])
      .when(submit())
      .thenThrows(CommandRefused, (e) => /already exists \(bcp-2026-004\)/.test(e.message));
  });

  it.each<[string, Partial<SubmitBilateralProject['data']>]>([
    ['caseId', { caseId: ' ' }],
    ['institution', { institution: null as never }],
    ['institution.name', { institution: { ...submission.institution, name: '' } }],
    ['institution.contactName', { institution: { ...submission.institution, contactName: 7 as never } }],
    ['institution.email', { institution: { ...submission.institution, email: 'bouchard at cegep' } }],
    ['agreement', { agreement: 'Bavaria' as never }],
    ['agreement.title', { agreement: { ...submission.agreement, title: '' } }],
    ['agreement.partnerGovernment', { agreement: { ...submission.agreement, partnerGovernment: ' ' } }],
    ['title', { title: '' }],
    ['summary', { summary: '\n' }],
    ['sector', { sector: '' }],
    ['requestedSupport', { requestedSupport: [] as never }],
    ['requestedSupport.description', { requestedSupport: { description: ' ', amountCad: 100 } }],
    ['requestedSupport.amountCad', { requestedSupport: { description: 'Travel', amountCad: -5 } }],
    ['requestedSupport.amountCad', { requestedSupport: { description: 'Travel', amountCad: '18 000 $' as never } }],
    ['submittedAt', { submittedAt: 'mid-February' }],
    ['submittedAt', { submittedAt: '2026-02-17T14:00:00.001Z' }], // after metadata.now
  ])('rejects a bad %s', (name, data) => {
    spec.given([]).when(submit(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([olivier, director, coordinator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([]).when(submit({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('AssignBilateralProject', () => {
  it('assigns a submitted project (intake officer), recording who assigned it', () => {
    spec
      .given([submitted])
      .when(assign('olivier'))
      .then([assigned('olivier')]);
  });

  it('reassigns when a supervisor moves the case, with the reason, at any open stage', () => {
    spec
      .given(UNDER_ANALYSIS)
      .when(assign('odile', supervisor, 'Olivier is on mission in Munich'))
      .then([
        {
          type: 'BilateralProjectReassigned',
          data: { fromOfficerId: 'olivier', toOfficerId: 'odile', reason: 'Olivier is on mission in Munich', assignedBy: 'sophie' },
        },
      ]);
  });

  it('refuses to assign the current assignee again', () => {
    spec
      .given(SUBMITTED)
      .when(assign('olivier', supervisor))
      .thenThrows(CommandRefused, (e) => /already assigned/.test(e.message));
  });

  it.each([
    ['no case', []],
    ['a refused project', [...UNDER_ANALYSIS, refused]],
    ['a deployed project', [...SUPPORTING, deployed]],
    ['abandoned negotiations', [...NEGOTIATING, abandoned]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(assign('odile', supervisor)).thenThrows(CommandRefused);
  });

  it.each<[string, Partial<AssignBilateralProject['data']>]>([
    ['officerId', { officerId: ' ' }],
    ['reason', { officerId: 'odile', reason: 3 as never }],
  ])('rejects a bad %s', (name, data) => {
    const bad = command<AssignBilateralProject>('AssignBilateralProject', { officerId: 'odile', ...data }, supervisor, RECORDED);
    spec.given(SUBMITTED).when(bad).thenThrows(InvalidCommand, field(name));
  });

  it('forbids an intake officer to reassign', () => {
    spec
      .given(SUBMITTED)
      .when(assign('odile', intake))
      .thenThrows(ForbiddenCommand, (e) => e.role === 'intake-officer' && /supervisor/.test(e.message));
  });

  it.each([olivier, director, coordinator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([submitted]).when(assign('odile', actor)).thenThrows(ForbiddenCommand);
  });
});

describe('WithdrawBilateralProject', () => {
  const withdrawnBy = (recordedBy: string, cancelledClocks: string[]): BilateralProjectEvent => {
    const event = withdrawn(cancelledClocks);
    return { ...event, data: { ...event.data, recordedBy } } as BilateralProjectEvent;
  };

  it('an intake officer records the institution’s withdrawal before negotiations', () => {
    spec
      .given(SUBMITTED)
      .when(withdraw())
      .then([withdrawn([])]);
  });

  it('cancels the running analysis clock when withdrawn under analysis', () => {
    spec
      .given(UNDER_ANALYSIS)
      .when(withdraw(olivier))
      .then([withdrawnBy('olivier', [CLOCK.standardId])]);
  });

  it('closes an accepted project during deployment support, no clock left to cancel', () => {
    spec
      .given(SUPPORTING)
      .when(withdraw(supervisor))
      .then([withdrawnBy('sophie', [])]);
  });

  it.each([
    ['no case', []],
    ['a withdrawn project', [...SUBMITTED, withdrawn([])]],
    ['a refused project', [...UNDER_ANALYSIS, refused]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(withdraw()).thenThrows(CommandRefused);
  });

  it('rejects a blank reason', () => {
    spec.given(SUBMITTED).when(withdraw(intake, ' ')).thenThrows(InvalidCommand, field('reason'));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given(SUBMITTED)
      .when(withdraw(odile))
      .thenThrows(ForbiddenCommand, (e) => /assignee/.test(e.message));
  });

  it.each([director, coordinator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given(SUBMITTED).when(withdraw(actor)).thenThrows(ForbiddenCommand);
  });
});

describe('permissions', () => {
  it.each([
    ['SubmitBilateralProject', 'intake-officer', true],
    ['EndPartnerNegotiations', 'case-officer', true],
    ['NotifyProjectAnalysisResult', 'director', true],
    ['RecordServiceStandardBreach', 'system', true],
    ['EndPartnerNegotiations', 'director', false],
    ['RaiseServiceStandardWarning', 'supervisor', false],
    ['WithdrawBilateralProject', 'auditor', false],
    ['RecordDeploymentSupport', 'coordinator', false],
  ] as const)('%s by %s: %s', (type, role, allowed) => {
    expect(mayIssueBilateralProjectCommand(type, role)).toBe(allowed);
  });

  it('auditors may issue nothing', () => {
    const roles = Object.values(BILATERAL_PROJECT_PERMISSIONS).flat();
    expect(roles).not.toContain('auditor');
    expect(Object.keys(BILATERAL_PROJECT_PERMISSIONS)).toHaveLength(16);
  });

  it('rejects an unknown command type as invalid', () => {
    const shred = command('Shred' as never, {} as never, supervisor, LATER);
    spec.given(SUBMITTED).when(shred).thenThrows(InvalidCommand, field('type'));
  });
});
