import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type {
  AssignPremierMission,
  CancelPremierMission,
  ClosePremierMissionRegistration,
  PlanPremierMission,
  RecordMissionLogisticsService,
  RegisterMissionParticipant,
  StartPremierMission,
} from './premier-mission.commands';
import { premierMissionDecider } from './premier-mission.decider';
import type { PremierMissionEvent } from './premier-mission.events';
import {
  administrator,
  auditor,
  CGI,
  closedRegistration,
  command,
  coordinator,
  director,
  EVALUATING,
  intake,
  LAVAL,
  odile,
  olivier,
  planned,
  PLANNED_AT,
  RECORDED,
  registered,
  REGISTERING,
  secretaryGeneral,
  STARTS_AT,
  supervisor,
  system,
  UNDER_WAY,
} from './premier-mission.fixtures';

const spec = DeciderSpecification.for(premierMissionDecider);
const field = (name: string) => (error: InvalidCommand) => error.field === name;
const saying = (pattern: RegExp) => (error: Error) => pattern.test(error.message);
const cancelled: PremierMissionEvent = {
  type: 'PremierMissionCancelled',
  data: { reason: 'Postponed by the Premier’s office.', cancelledAt: RECORDED, cancelledBy: 'sophie' },
};
const COMPILED: PremierMissionEvent[] = [
  ...EVALUATING,
  {
    type: 'MissionEvaluationsCompiled',
    data: { invited: 2, answered: 0, responseRate: 0, aspects: [], comments: [], compiledAt: '2026-07-09T21:00:00.000Z' },
  },
];

describe('PlanPremierMission', () => {
  const planData = { ...planned.data } as Record<string, unknown>;
  for (const key of ['startsAt', 'endsAt', 'plannedBy', 'plannedAt']) delete planData[key];
  const plan = (data: Partial<PlanPremierMission['data']> = {}, actor: Actor = supervisor, now = PLANNED_AT) =>
    command<PlanPremierMission>('PlanPremierMission', { ...(planData as PlanPremierMission['data']), ...data }, actor, now);

  it('opens registration; the dates become midnights in Paris', () => {
    spec.given([]).when(plan()).then([planned]);
  });

  it('trims the texts; a case officer or a director may plan', () => {
    const data = { theme: '  Transition énergétique et économie verte ', officerId: ' olivier ' };
    spec
      .given([])
      .when(plan(data, olivier))
      .then([{ ...planned, data: { ...planned.data, plannedBy: 'olivier' } }]);
    spec
      .given([])
      .when(plan({}, director))
      .then([{ ...planned, data: { ...planned.data, plannedBy: 'denis' } }]);
  });

  it('a one-day mission to Tokyo ends at midnight in Tokyo', () => {
    const destination = { city: 'Tokyo', country: 'Japan', timeZone: 'Asia/Tokyo' };
    const [event] = premierMissionDecider.decide(plan({ destination, startsOn: '2026-10-13', endsOn: '2026-10-13' }), { status: 'none' });
    expect(event?.data).toMatchObject({ startsAt: '2026-10-12T15:00:00.000Z', endsAt: '2026-10-13T15:00:00.000Z' });
  });

  it('is refused when the case already exists', () => {
    spec
      .given([planned])
      .when(plan())
      .thenThrows(CommandRefused, saying(/already exists/));
  });

  it.each<[string, Partial<PlanPremierMission['data']>]>([
    ['caseId', { caseId: ' ' }],
    ['destination', { destination: 'Paris' as never }],
    ['destination.city', { destination: { city: '', country: 'France', timeZone: 'Europe/Paris' } }],
    ['destination.country', { destination: { city: 'Paris', country: null as never, timeZone: 'Europe/Paris' } }],
    ['destination.timeZone', { destination: { city: 'Paris', country: 'France', timeZone: 'Europe/Lutece' } }],
    ['theme', { theme: '' }],
    ['startsOn', { startsOn: '2026-02-30' }],
    ['startsOn', { startsOn: '2026-05-04', endsOn: '2026-05-06' }], // not in the future
    ['endsOn', { endsOn: '2026-06-17' }], // before startsOn
    ['officerId', { officerId: '  ' }],
  ])('rejects a bad %s', (name, data) => {
    spec.given([]).when(plan(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([intake, coordinator, secretaryGeneral, administrator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([]).when(plan({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('AssignPremierMission', () => {
  const assign = (officerId: string, actor: Actor = supervisor, reason?: string | null) =>
    command<AssignPremierMission>('AssignPremierMission', reason === undefined ? { officerId } : { officerId, reason }, actor, RECORDED);
  const reassigned = (reason: string | null): PremierMissionEvent => ({
    type: 'PremierMissionReassigned',
    data: { fromOfficerId: 'olivier', toOfficerId: 'odile', reason },
  });

  it('hands the mission to another officer, with or without a reason', () => {
    spec
      .given(REGISTERING)
      .when(assign('odile', supervisor, 'Olivier leads the Mexico mission'))
      .then([reassigned('Olivier leads the Mexico mission')]);
    spec
      .given(UNDER_WAY)
      .when(assign('odile', director))
      .then([reassigned(null)]);
  });

  it.each([
    ['no mission', []],
    ['a cancelled mission', [planned, cancelled]],
    ['a compiled mission', COMPILED],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(assign('odile')).thenThrows(CommandRefused);
  });

  it('is refused to the officer already in charge', () => {
    spec
      .given(REGISTERING)
      .when(assign('olivier'))
      .thenThrows(CommandRefused, saying(/already in charge/));
  });

  it('rejects a blank officerId', () => {
    spec.given(REGISTERING).when(assign('')).thenThrows(InvalidCommand, field('officerId'));
  });

  it.each([intake, olivier, coordinator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given(REGISTERING).when(assign('odile', actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RegisterMissionParticipant', () => {
  const register = (data: Partial<RegisterMissionParticipant['data']> = {}, actor: Actor = intake) =>
    command<RegisterMissionParticipant>('RegisterMissionParticipant', { ...LAVAL, ...data }, actor, RECORDED);

  it('records a company or institution and its contact, registeredAt in UTC', () => {
    spec
      .given([planned])
      .when(register({ registeredAt: '2026-05-12T09:30:00-04:00' }))
      .then([registered(LAVAL)]);
    spec
      .given([planned, registered(LAVAL)])
      .when(register(CGI))
      .then([registered(CGI)]);
  });

  it('the officer in charge may register; a blank phone is kept as null', () => {
    const contact = { ...LAVAL.contact, phone: ' ' };
    spec
      .given([planned])
      .when(register({ contact }, olivier))
      .then([registered({ ...LAVAL, contact: { ...LAVAL.contact, phone: null } }, 'olivier')]);
  });

  it('keeps the language the contact corresponds in, when staff recorded one', () => {
    const contact = { ...LAVAL.contact, language: 'en' as const };
    spec
      .given([planned])
      .when(register({ contact }))
      .then([registered({ ...LAVAL, contact })]);
  });

  it.each([
    ['no mission', [], /no Premier-led mission/],
    ['a closed registration', [...REGISTERING, closedRegistration], /closed for registration/],
    ['a mission under way', UNDER_WAY, /in progress/],
    ['a cancelled mission', [planned, cancelled], /cancelled/],
  ])('is refused on %s', (_, events, reason) => {
    spec.given(events).when(register(CGI)).thenThrows(CommandRefused, saying(reason));
  });

  it('is refused for a participant already registered, by id or by name', () => {
    spec
      .given(REGISTERING)
      .when(register())
      .thenThrows(CommandRefused, saying(/p-laval is already registered/));
    spec
      .given(REGISTERING)
      .when(register({ participantId: 'p-ulaval', name: 'UNIVERSITÉ LAVAL' }))
      .thenThrows(CommandRefused, saying(/^a participant of that name is already registered$/));
  });

  it.each<[string, Partial<RegisterMissionParticipant['data']>]>([
    ['participantId', { participantId: '' }],
    ['name', { name: ' ' }],
    ['kind', { kind: 'ngo' as never }],
    ['contact', { contact: null as never }],
    ['contact.name', { contact: { ...LAVAL.contact, name: '' } }],
    ['contact.email', { contact: { ...LAVAL.contact, email: 'claire at ulaval.ca' } }],
    ['contact.phone', { contact: { ...LAVAL.contact, phone: 4186562131 as never } }],
    ['contact.language', { contact: { ...LAVAL.contact, language: 'es' as never } }],
    ['registeredAt', { registeredAt: 'last Tuesday' }],
    ['registeredAt', { registeredAt: '2026-05-13T14:00:01Z' }], // after metadata.now
  ])('rejects a bad %s', (name, data) => {
    spec.given([planned]).when(register(data)).thenThrows(InvalidCommand, field(name));
  });

  it('forbids a case officer not in charge of the mission', () => {
    spec
      .given([planned])
      .when(register({}, odile))
      .thenThrows(ForbiddenCommand, saying(/officer in charge/));
  });

  it.each([director, coordinator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([planned]).when(register({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('ClosePremierMissionRegistration', () => {
  const close = (actor: Actor = olivier, now = '2026-06-01T14:00:00.000Z') =>
    command<ClosePremierMissionRegistration>('ClosePremierMissionRegistration', {}, actor, now);

  it('closes registration, counting the participants', () => {
    spec.given(REGISTERING).when(close()).then([closedRegistration]);
  });

  it('a supervisor may close it, even with nobody registered', () => {
    spec
      .given([planned])
      .when(close(supervisor))
      .then([
        { ...closedRegistration, data: { ...closedRegistration.data, closedBy: 'sophie', participantCount: 0 } } as PremierMissionEvent,
      ]);
  });

  it.each([
    ['no mission', []],
    ['a closed registration', [...REGISTERING, closedRegistration]],
    ['a mission under way', UNDER_WAY],
    ['a cancelled mission', [planned, cancelled]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(close(supervisor)).thenThrows(CommandRefused);
  });

  it.each([odile, intake, director, auditor, system])('is forbidden to $role $id', (actor) => {
    spec.given(REGISTERING).when(close(actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RecordMissionLogisticsService', () => {
  const hotel: RecordMissionLogisticsService['data'] = {
    serviceId: 's-hotel',
    participantId: 'p-cgi',
    kind: 'accommodation',
    description: 'Hôtel near the Délégation générale du Québec à Paris, 5 nights',
    providedOn: '2026-06-18',
  };
  const record = (data: Partial<RecordMissionLogisticsService['data']> = {}, actor: Actor = olivier) =>
    command<RecordMissionLogisticsService>('RecordMissionLogisticsService', { ...hotel, ...data }, actor, RECORDED);
  const recorded = (data: Partial<RecordMissionLogisticsService['data']> = {}, recordedBy = 'olivier'): PremierMissionEvent => ({
    type: 'MissionLogisticsServiceRecorded',
    data: { ...hotel, providedOn: '2026-06-18', participantId: 'p-cgi', ...data, recordedBy, recordedAt: RECORDED },
  });

  it('records a service to one participant', () => {
    spec.given(REGISTERING).when(record()).then([recorded()]);
  });

  it('records a briefing for the whole delegation, before or during the mission', () => {
    const briefing = {
      serviceId: 's-briefing',
      participantId: null,
      kind: 'briefing' as const,
      description: 'Pre-departure briefing in Québec',
      providedOn: null,
    };
    spec
      .given([...REGISTERING, closedRegistration])
      .when(record(briefing))
      .then([recorded(briefing)]);
    spec
      .given(UNDER_WAY)
      .when(record({ ...briefing, providedOn: undefined }, supervisor))
      .then([recorded(briefing, 'sophie')]);
  });

  it.each([
    ['no mission', []],
    ['an ended mission', EVALUATING],
    ['a cancelled mission', [...REGISTERING, cancelled]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(record({}, supervisor)).thenThrows(CommandRefused);
  });

  it('is refused for a service already recorded', () => {
    spec
      .given([...REGISTERING, recorded()])
      .when(record())
      .thenThrows(CommandRefused, saying(/s-hotel/));
  });

  it.each<[string, Partial<RecordMissionLogisticsService['data']>]>([
    ['serviceId', { serviceId: '' }],
    ['participantId', { participantId: 'p-bombardier' }], // not registered
    ['participantId', { participantId: 12 as never }],
    ['kind', { kind: 'catering' as never }],
    ['description', { description: ' ' }],
    ['providedOn', { providedOn: '18 June' }],
    ['providedOn', { providedOn: '2026-06-24' }], // after the mission's last day
  ])('rejects a bad %s', (name, data) => {
    spec.given(REGISTERING).when(record(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([odile, intake, director, auditor, system])('is forbidden to $role $id', (actor) => {
    spec.given(REGISTERING).when(record({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('StartPremierMission', () => {
  const start = (actor: Actor = system, now = STARTS_AT) => command<StartPremierMission>('StartPremierMission', {}, actor, now);

  it('the timer starts the mission at its first midnight in Paris', () => {
    spec
      .given([...REGISTERING, closedRegistration])
      .when(start())
      .then([{ type: 'PremierMissionStarted', data: { startedAt: STARTS_AT, recordedBy: 'mission-timer' } }]);
  });

  it('closes a registration still open first', () => {
    const later = '2026-06-18T07:00:00.000Z';
    spec
      .given(REGISTERING)
      .when(start(olivier, later))
      .then([
        { type: 'MissionRegistrationClosed', data: { closedAt: later, closedBy: 'olivier', participantCount: 2, onMissionStart: true } },
        { type: 'PremierMissionStarted', data: { startedAt: later, recordedBy: 'olivier' } },
      ]);
  });

  it('the timer is refused before the first day', () => {
    spec
      .given(REGISTERING)
      .when(start(system, '2026-06-17T21:59:59.999Z'))
      .thenThrows(CommandRefused, saying(/starts at 2026-06-17T22:00/));
  });

  it('staff record an earlier departure', () => {
    const departure = '2026-06-17T10:00:00.000Z';
    spec
      .given([...REGISTERING, closedRegistration])
      .when(start(supervisor, departure))
      .then([{ type: 'PremierMissionStarted', data: { startedAt: departure, recordedBy: 'sophie' } }]);
  });

  it.each([
    ['no mission', []],
    ['a mission under way', UNDER_WAY],
    ['an ended mission', EVALUATING],
    ['a cancelled mission', [planned, cancelled]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(start()).thenThrows(CommandRefused);
  });

  it.each([odile, intake, director, auditor])('is forbidden to $role $id', (actor) => {
    spec.given(REGISTERING).when(start(actor)).thenThrows(ForbiddenCommand);
  });
});

describe('CancelPremierMission', () => {
  const cancel = (reason = 'Postponed by the Premier’s office.', actor: Actor = supervisor) =>
    command<CancelPremierMission>('CancelPremierMission', { reason }, actor, RECORDED);

  it('closes the case with its reason, registration open or closed', () => {
    spec.given([planned]).when(cancel()).then([cancelled]);
    spec
      .given([...REGISTERING, closedRegistration])
      .when(cancel(' Postponed by the Premier’s office. ', director))
      .then([{ ...cancelled, data: { ...cancelled.data, cancelledBy: 'denis' } }]);
  });

  it.each([
    ['no mission', [], /no Premier-led mission/],
    ['a mission under way', UNDER_WAY, /in progress/],
    ['an ended mission', EVALUATING, /over/],
    ['a cancelled mission', [planned, cancelled], /cancelled/],
  ])('is refused on %s', (_, events, reason) => {
    spec.given(events).when(cancel()).thenThrows(CommandRefused, saying(reason));
  });

  it('rejects a blank reason', () => {
    spec.given([planned]).when(cancel('  ')).thenThrows(InvalidCommand, field('reason'));
  });

  it.each([olivier, intake, coordinator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([planned]).when(cancel(undefined, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('any command', () => {
  it('an unknown type is rejected', () => {
    spec
      .given([planned])
      .when(command('ShredPremierMission' as never, {}, supervisor, RECORDED))
      .thenThrows(InvalidCommand, field('type'));
  });
});
