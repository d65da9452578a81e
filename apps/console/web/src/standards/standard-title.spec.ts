import { describe, expect, it } from '@jest/globals';
import { SERVICE_STANDARDS } from '@entente/domain';
import { standardTitle, type DeclaredStandard } from './standard-title';

const TODAY = '2027-01-04';
const email = (version: number, effectiveFrom: string, title: string): DeclaredStandard => ({
  id: 'email-information-request',
  version,
  effectiveFrom,
  title,
});

describe('a service standard’s title', () => {
  it.each(SERVICE_STANDARDS.map((standard) => standard.id))('is written in French and in English for %s', (id) => {
    const french = standardTitle(id, 'fr-CA', SERVICE_STANDARDS, TODAY);
    expect(french.lang).toBeUndefined();
    expect(french.text).not.toBe(id);
    expect(standardTitle(id, 'en-CA', SERVICE_STANDARDS, TODAY).text).toBe(SERVICE_STANDARDS.find((s) => s.id === id)?.title);
  });

  it('follows the version in force, and shows a revised title in English until it is translated', () => {
    const declared = [email(1, '2026-01-01', 'Information request by e-mail answered within four working days')];
    const revised = [...declared, email(2, '2027-01-01', 'Information request by e-mail answered within three working days')];
    expect(standardTitle('email-information-request', 'fr-CA', declared, TODAY).text).toMatch(/quatre jours ouvrables/);
    expect(standardTitle('email-information-request', 'fr-CA', revised, TODAY)).toEqual({
      text: 'Information request by e-mail answered within three working days',
      lang: 'en',
    });
    expect(standardTitle('email-information-request', 'fr-CA', revised, '2026-12-31').text).toMatch(/quatre jours ouvrables/);
  });

  it('is its id while the declaration is unknown, or for an id it does not hold', () => {
    expect(standardTitle('complaint', 'fr-CA', undefined, TODAY)).toEqual({ text: 'complaint' });
    expect(standardTitle('mission-evaluation', 'en-CA', SERVICE_STANDARDS, TODAY)).toEqual({ text: 'mission-evaluation' });
  });
});
