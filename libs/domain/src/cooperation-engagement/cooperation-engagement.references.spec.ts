import { engagementPartners } from './cooperation-engagement.references';

describe('an engagement read against the reference lists', () => {
  it('names its parliament, country and support organization by their entries, whatever the language typed', () => {
    const partners = engagementPartners({ name: 'Assemblée nationale', country: 'Bénin' }, { kind: 'support-organization', name: 'PNUD' });
    expect(partners.parliament).toMatchObject({ id: 'bj-national-assembly', country: 'BJ' });
    expect(partners.country).toEqual({ id: 'BJ', name: { en: 'Benin', fr: 'Bénin' } });
    expect(partners.supportOrganization?.id).toBe('undp');
  });

  it('keeps text no list knows as typed, and no support organization when the parliament came itself', () => {
    const partners = engagementPartners({ name: 'Grand Conseil', country: 'Niger' }, { kind: 'partner-parliament', name: 'Grand Conseil' });
    expect(partners.parliament).toEqual({ id: null, name: { en: 'Grand Conseil', fr: 'Grand Conseil' }, country: 'NE' });
    expect(partners.supportOrganization).toBeNull();
    expect(
      engagementPartners({ name: 'Senate', country: 'Atlantis' }, { kind: 'support-organization', name: 'Westminster' }),
    ).toMatchObject({
      country: { id: null, name: { en: 'Atlantis', fr: 'Atlantis' } },
      supportOrganization: { id: null, name: { en: 'Westminster', fr: 'Westminster' } },
    });
  });
});
