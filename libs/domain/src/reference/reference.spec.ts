import { COUNTRIES, findCountry } from './countries';
import { PARLIAMENTS, findParliament } from './parliaments';
import { SUPPORT_ORGANIZATIONS, findSupportOrganization } from './support-organizations';

describe('reference lists', () => {
  it('list the 193 member states of the United Nations once each, by ISO 3166-1 alpha-2 code', () => {
    expect(COUNTRIES).toHaveLength(193);
    expect(new Set(COUNTRIES.map(({ code }) => code)).size).toBe(193);
    expect(COUNTRIES.every(({ code }) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it('find a country by its code or its name in either language, accents and case aside', () => {
    for (const text of ['BJ', 'Benin', 'Bénin', 'BENIN']) expect(findCountry(text)?.code).toBe('BJ');
    expect(findCountry('Ivory Coast')?.code).toBe('CI');
    expect(findCountry('Côte d’Ivoire')?.code).toBe('CI');
    expect(findCountry('Atlantis')).toBeUndefined();
  });

  it('include a parliament of every partner country the seed document names', () => {
    const partners = ['Algeria', 'Benin', 'Burkina Faso', 'Cameroon', 'Congo', 'Ivory Coast', 'Gabon', 'Haiti'];
    const more = ['Madagascar', 'Mali', 'Morocco', 'Niger', 'Togo'];
    for (const country of [...partners, ...more]) {
      const code = findCountry(country)?.code;
      expect(PARLIAMENTS.some((parliament) => parliament.country === code)).toBe(true);
    }
    expect(new Set(PARLIAMENTS.map(({ id }) => id)).size).toBe(PARLIAMENTS.length);
    expect(PARLIAMENTS.every(({ country }) => COUNTRIES.some(({ code }) => code === country))).toBe(true);
  });

  it('find one parliament by its name in either language, or its chamber within its country', () => {
    expect(findParliament('National Assembly of Benin')?.id).toBe('bj-national-assembly');
    expect(findParliament('Assemblée nationale du Bénin')?.id).toBe('bj-national-assembly');
    expect(findParliament('National Assembly', 'NE')?.id).toBe('ne-national-assembly');
    expect(findParliament('Assemblée nationale', 'TG')?.id).toBe('tg-national-assembly');
    expect(findParliament('National Assembly')).toBeUndefined();
    expect(findParliament('National Assembly', 'FR')).toBeUndefined();
  });

  it('find a support organization by its name in either language, with or without its acronym, or by the acronym', () => {
    for (const text of [
      'United Nations Development Programme (UNDP)',
      'PNUD',
      'Programme des Nations Unies pour le développement',
      'undp',
    ]) {
      expect(findSupportOrganization(text)?.id).toBe('undp');
    }
    expect(findSupportOrganization('Assemblée parlementaire de la Francophonie (APF)')?.id).toBe('apf');
    expect(findSupportOrganization('Banque mondiale')?.id).toBe('world-bank');
    expect(new Set(SUPPORT_ORGANIZATIONS.map(({ id }) => id)).size).toBe(SUPPORT_ORGANIZATIONS.length);
    expect(findSupportOrganization('Embassy of Benin')).toBeUndefined();
  });
});
