import { CommandRefused, InvalidCommand } from '../shared/errors';
import { SERVICE_STANDARDS } from '../declaration-of-services';
import { standardInForce } from './service-standard';
import { reviseStandard, type StandardRevision } from './standard-revision';

const REVISION: StandardRevision = {
  effectiveFrom: '2027-04-01',
  title: 'Information request by e-mail answered within three working days',
  source: 'Declaration of services 2027-2028: "we answer your message within three working days."',
  workingDays: 3,
  warning: { workingDaysBeforeDue: 1 },
  escalation: { onBreach: 'director' },
};
const TODAY = '2026-11-23';

describe('publishing a revised service standard', () => {
  it('makes the next version, in force from its date, keeping the clock events', () => {
    const v2 = reviseStandard(SERVICE_STANDARDS, 'email-information-request', REVISION, TODAY);
    expect(v2).toMatchObject({
      id: 'email-information-request',
      version: 2,
      effectiveFrom: '2027-04-01',
      workingDays: 3,
      escalation: { onBreach: 'director' },
    });
    expect(v2.clock).toEqual(SERVICE_STANDARDS[0]!.clock);
    const declaration = [...SERVICE_STANDARDS, v2];
    expect(standardInForce(declaration, v2.id, '2027-03-31T20:00:00Z').version).toBe(1);
    expect(standardInForce(declaration, v2.id, '2027-04-01T12:00:00Z').version).toBe(2);
  });

  it('carries the escalation chain over, replaces it, or drops it', () => {
    const revise = (further?: StandardRevision['escalation']['further']) =>
      reviseStandard(
        SERVICE_STANDARDS,
        'email-information-request',
        { ...REVISION, escalation: { onBreach: 'supervisor', further } },
        TODAY,
      ).escalation;
    expect(revise()).toEqual({ onBreach: 'supervisor', further: { afterWorkingDays: 2, to: 'director' } });
    expect(revise({ afterWorkingDays: 5, to: 'secretary-general' })).toEqual({
      onBreach: 'supervisor',
      further: { afterWorkingDays: 5, to: 'secretary-general' },
    });
    expect(revise(null)).toEqual({ onBreach: 'supervisor' });
    expect(() => revise({ afterWorkingDays: 0, to: 'director' })).toThrow(
      expect.objectContaining({ field: 'escalation.further.afterWorkingDays' }),
    );
  });

  it('refuses a date that is not after today, or not after the latest version', () => {
    expect(() => reviseStandard(SERVICE_STANDARDS, 'email-information-request', { ...REVISION, effectiveFrom: TODAY }, TODAY)).toThrow(
      InvalidCommand,
    );
    const v2 = reviseStandard(SERVICE_STANDARDS, 'email-information-request', REVISION, TODAY);
    expect(() => reviseStandard([...SERVICE_STANDARDS, v2], v2.id, { ...REVISION, effectiveFrom: '2027-03-01' }, TODAY)).toThrow(
      CommandRefused,
    );
  });

  it.each([
    ['standardId', () => reviseStandard(SERVICE_STANDARDS, 'parking-permit', REVISION, TODAY)],
    [
      'effectiveFrom',
      () => reviseStandard(SERVICE_STANDARDS, 'email-information-request', { ...REVISION, effectiveFrom: '2027-02-30' }, TODAY),
    ],
    ['workingDays', () => reviseStandard(SERVICE_STANDARDS, 'email-information-request', { ...REVISION, workingDays: 0 }, TODAY)],
    [
      'warning.workingDaysBeforeDue',
      () => reviseStandard(SERVICE_STANDARDS, 'email-information-request', { ...REVISION, warning: { workingDaysBeforeDue: 3 } }, TODAY),
    ],
    [
      'escalation.onBreach',
      () => reviseStandard(SERVICE_STANDARDS, 'email-information-request', { ...REVISION, escalation: { onBreach: 'auditor' } }, TODAY),
    ],
    ['title', () => reviseStandard(SERVICE_STANDARDS, 'email-information-request', { ...REVISION, title: ' ' }, TODAY)],
  ])('names %s when its value is wrong', (field, revise) => {
    expect(revise).toThrow(expect.objectContaining({ name: 'InvalidCommand', field }));
  });
});
