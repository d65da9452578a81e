import type { Actor } from '../shared/command';
import type { TelephoneInquiryCommand } from './telephone-inquiry.commands';
import type { CallOutcome, TelephoneInquiryRecorded } from './telephone-inquiry.events';

// Test data for the specs beside this file (not exported from index.ts): calls to the Québec City
// line on Tuesday 23 June 2026, the eve of the Fête nationale (EDT, UTC-4).

export const CALLED_AT = '2026-06-23T13:40:00.000Z'; // 09:40 Eastern
export const RECORDED_AT = '2026-06-23T14:05:00.000Z'; // 10:05 Eastern
export const CORRECTED_AT = '2026-06-23T19:30:00.000Z';

export const intake: Actor = { id: 'ines', role: 'intake-officer' };
export const supervisor: Actor = { id: 'sophie', role: 'supervisor' };
export const officer: Actor = { id: 'olivier', role: 'case-officer' };
export const director: Actor = { id: 'denis', role: 'director' };
export const secretaryGeneral: Actor = { id: 'genevieve', role: 'secretary-general' };
export const coordinator: Actor = { id: 'colette', role: 'coordinator' };
export const administrator: Actor = { id: 'adam', role: 'administrator' };
export const system: Actor = { id: 'service-standard-clock', role: 'system' };
export const auditor: Actor = { id: 'aude', role: 'auditor' };

export function command<C extends TelephoneInquiryCommand>(type: C['type'], data: C['data'], actor: Actor, now: string): C {
  return { type, data, metadata: { actor, now, correlationId: 'corr-1' } } as C;
}

export const answeredAtOnce: CallOutcome = {
  kind: 'answered-at-once',
  answer: 'Stays abroad are deployed by international cooperation organizations; gave the programme page.',
};

export const referredToBureau: CallOutcome = {
  kind: 'referred',
  referredTo: { organization: null, unit: 'Bureau des missions', contact: 'Mission registration desk, (418) 649-2300' },
};

export const recorded: TelephoneInquiryRecorded = {
  type: 'TelephoneInquiryRecorded',
  data: {
    caseId: 'call-2026-06-23-014',
    line: 'quebec-city',
    caller: { name: 'Léa Bouchard', telephone: '418 555-0142' },
    calledAt: CALLED_AT,
    subject: 'Québec Without Borders: how to take part in a stay abroad',
    outcome: answeredAtOnce,
    answeredAtOnce: true,
    recordedBy: 'ines',
    recordedAt: RECORDED_AT,
  },
};
