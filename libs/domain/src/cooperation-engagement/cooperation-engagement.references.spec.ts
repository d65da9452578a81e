import { engagementPartners, parliamentFromText, requesterFromText } from './cooperation-engagement.references';

describe('an engagement read against the reference lists', () => {
  it('names its parliament, country and support organization by their entries, whatever the language typed', () => {
    const partners = engagementPartners(
      parliamentFromText('Assemblée nationale', 'Bénin'),
      requesterFromText('support-organization', 'PNUD'),
    );
    expect(partners.parliament).toMatchObject({ id: 'bj-national-assembly', country: 'BJ' });
    expect(partners.country).toEqual({ id: 'BJ', name: { en: 'Benin', fr: 'Bénin' } });
    expect(partners.supportOrganization?.id).toBe('undp');
  });

  it('goes by the ids recorded, and by the names where none was (a name the lists learnt since)', () => {
    const recorded = { name: 'Assemblée', country: 'Togo', parliamentId: 'tg-senate', countryCode: 'TG' };
    expect(engagementPartners(recorded, requesterFromText('partner-parliament', 'Sénat')).parliament.id).toBe('tg-senate');
    const beforeTheLists = { name: 'National Assembly of Mali', country: 'Mali', parliamentId: null, countryCode: null };
    expect(engagementPartners(beforeTheLists, requesterFromText('partner-parliament', 'x')).parliament.id).toBe('ml-national-assembly');
  });

  it('keeps text no list knows as typed, and no support organization when the parliament came itself', () => {
    const partners = engagementPartners(
      parliamentFromText('Grand Conseil', 'Niger'),
      requesterFromText('partner-parliament', 'Grand Conseil'),
    );
    expect(partners.parliament).toEqual({ id: null, name: { en: 'Grand Conseil', fr: 'Grand Conseil' }, country: 'NE' });
    expect(partners.supportOrganization).toBeNull();
    expect(
      engagementPartners(parliamentFromText('Senate', 'Atlantis'), requesterFromText('support-organization', 'Westminster')),
    ).toMatchObject({
      country: { id: null, name: { en: 'Atlantis', fr: 'Atlantis' } },
      supportOrganization: { id: null, name: { en: 'Westminster', fr: 'Westminster' } },
    });
  });
});
