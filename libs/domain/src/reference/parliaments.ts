import { nameIndex, nameKey, type BilingualName } from './reference-names';

// The partner parliaments of the National Assembly's Interparliamentary Cooperation Service: the
// chambers of the countries the seed document lists (mostly French-speaking Africa, and Haiti).
// Maintained here: a new partner is a new row. `chamber` is the name a country's own staff use
// ("National Assembly"), which names the parliament only together with its country.

export interface Parliament {
  readonly id: string;
  /** ISO 3166-1 alpha-2 code (countries.ts). */
  readonly country: string;
  readonly name: BilingualName;
  readonly chamber: BilingualName;
}

const NATIONAL_ASSEMBLY: BilingualName = { en: 'National Assembly', fr: 'Assemblée nationale' };
const SENATE: BilingualName = { en: 'Senate', fr: 'Sénat' };

const nationalAssembly = (country: string, en: string, fr: string): Parliament => ({
  id: `${country.toLowerCase()}-national-assembly`,
  country,
  name: { en: `National Assembly of ${en}`, fr: `Assemblée nationale ${fr}` },
  chamber: NATIONAL_ASSEMBLY,
});

const senate = (country: string, en: string, fr: string): Parliament => ({
  id: `${country.toLowerCase()}-senate`,
  country,
  name: { en: `Senate of ${en}`, fr: `Sénat ${fr}` },
  chamber: SENATE,
});

export const PARLIAMENTS: readonly Parliament[] = [
  {
    id: 'dz-peoples-national-assembly',
    country: 'DZ',
    name: { en: "People's National Assembly of Algeria", fr: "Assemblée populaire nationale d'Algérie" },
    chamber: { en: "People's National Assembly", fr: 'Assemblée populaire nationale' },
  },
  {
    id: 'dz-council-of-the-nation',
    country: 'DZ',
    name: { en: 'Council of the Nation of Algeria', fr: "Conseil de la nation d'Algérie" },
    chamber: { en: 'Council of the Nation', fr: 'Conseil de la nation' },
  },
  nationalAssembly('BJ', 'Benin', 'du Bénin'),
  nationalAssembly('BF', 'Burkina Faso', 'du Burkina Faso'),
  nationalAssembly('CM', 'Cameroon', 'du Cameroun'),
  senate('CM', 'Cameroon', 'du Cameroun'),
  nationalAssembly('CG', 'the Congo', 'du Congo'),
  senate('CG', 'the Congo', 'du Congo'),
  nationalAssembly('CI', "Côte d'Ivoire", "de Côte d'Ivoire"),
  senate('CI', "Côte d'Ivoire", "de Côte d'Ivoire"),
  nationalAssembly('GA', 'Gabon', 'du Gabon'),
  senate('GA', 'Gabon', 'du Gabon'),
  {
    id: 'ht-parliament',
    country: 'HT',
    name: { en: 'Parliament of Haiti', fr: "Parlement d'Haïti" },
    chamber: { en: 'Parliament', fr: 'Parlement' },
  },
  {
    id: 'ht-chamber-of-deputies',
    country: 'HT',
    name: { en: 'Chamber of Deputies of Haiti', fr: "Chambre des députés d'Haïti" },
    chamber: { en: 'Chamber of Deputies', fr: 'Chambre des députés' },
  },
  senate('HT', 'Haiti', "d'Haïti"),
  nationalAssembly('MG', 'Madagascar', 'de Madagascar'),
  senate('MG', 'Madagascar', 'de Madagascar'),
  nationalAssembly('ML', 'Mali', 'du Mali'),
  {
    id: 'ma-house-of-representatives',
    country: 'MA',
    name: { en: 'House of Representatives of Morocco', fr: 'Chambre des représentants du Maroc' },
    chamber: { en: 'House of Representatives', fr: 'Chambre des représentants' },
  },
  {
    id: 'ma-house-of-councillors',
    country: 'MA',
    name: { en: 'House of Councillors of Morocco', fr: 'Chambre des conseillers du Maroc' },
    chamber: { en: 'House of Councillors', fr: 'Chambre des conseillers' },
  },
  nationalAssembly('NE', 'Niger', 'du Niger'),
  nationalAssembly('SN', 'Senegal', 'du Sénégal'),
  nationalAssembly('TG', 'Togo', 'du Togo'),
  senate('TG', 'Togo', 'du Togo'),
];

const BY_ID = new Map(PARLIAMENTS.map((parliament) => [parliament.id, parliament]));
const BY_NAME = nameIndex(
  PARLIAMENTS,
  ({ id }) => id,
  ({ id, name }) => [id, name.en, name.fr],
);
const BY_CHAMBER = nameIndex(
  PARLIAMENTS,
  ({ id }) => id,
  ({ country, chamber }) => [`${country} ${chamber.en}`, `${country} ${chamber.fr}`],
);

export const parliamentById = (id: string): Parliament | undefined => BY_ID.get(id);

/**
 * The parliament an id or a name designates: its full name in either language, or its chamber's
 * name within its country (`"National Assembly"` in `BJ`), since names repeat across countries.
 */
export function findParliament(text: string, countryCode?: string): Parliament | undefined {
  const id = BY_NAME.get(nameKey(text)) ?? (countryCode === undefined ? undefined : BY_CHAMBER.get(nameKey(`${countryCode} ${text}`)));
  return id === undefined ? undefined : BY_ID.get(id);
}
