import { describe, expect, it } from '@jest/globals';
import { caseReference } from '@entente/domain';
import { defaultView, reference, viewsFor } from './views';

describe('a case’s short reference', () => {
  it('reads as the notifier’s messages name the case', () => {
    const caseId = '4c32ed58-ed93-42da-90bb-e50c921d72ed';
    expect(reference(caseId)).toBe('4C32ED58');
    expect(reference(caseId)).toBe(caseReference(caseId));
  });
});

describe('the view a person lands on', () => {
  it('is never one that is always empty for their role', () => {
    // Intake officers receive cases but never hold them: "mine" would show nothing.
    expect(defaultView('intake-officer')).toBe('unassigned');
    expect(defaultView('case-officer')).toBe('mine');
    expect(defaultView('supervisor')).toBe('open');
    // Privacy officers hold no case either: they look over their body's.
    expect(defaultView('privacy-officer')).toBe('open');
  });

  it('is one of the views offered to the role', () => {
    for (const role of [
      'intake-officer',
      'case-officer',
      'coordinator',
      'supervisor',
      'director',
      'auditor',
      'administrator',
      'privacy-officer',
    ])
      expect(viewsFor(role)).toContain(defaultView(role));
  });
});
