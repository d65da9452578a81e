import { nameIndex, nameKey, type BilingualName } from './reference-names';

// The groups that support a parliament and bring it to the Cooperation Service: the partners the
// seed document lists since 2005, and the Francophonie. Maintained here: a new partner is a new
// row. Names carry their acronym in parentheses; a name is also found without it, or by it alone.

export interface SupportOrganization {
  readonly id: string;
  readonly name: BilingualName;
}

export const SUPPORT_ORGANIZATIONS: readonly SupportOrganization[] = [
  { id: 'world-bank', name: { en: 'World Bank', fr: 'Banque mondiale' } },
  {
    id: 'undp',
    name: { en: 'United Nations Development Programme (UNDP)', fr: 'Programme des Nations Unies pour le développement (PNUD)' },
  },
  { id: 'ndi', name: { en: 'National Democratic Institute (NDI)', fr: 'National Democratic Institute (NDI)' } },
  { id: 'suny', name: { en: 'State University of New York (SUNY)', fr: 'State University of New York (SUNY)' } },
  {
    id: 'ncsl',
    name: { en: 'National Conference of State Legislatures (NCSL)', fr: 'National Conference of State Legislatures (NCSL)' },
  },
  {
    id: 'apf',
    name: { en: 'Parliamentary Assembly of the Francophonie (APF)', fr: 'Assemblée parlementaire de la Francophonie (APF)' },
  },
  {
    id: 'oif',
    name: { en: 'International Organisation of La Francophonie (OIF)', fr: 'Organisation internationale de la Francophonie (OIF)' },
  },
  { id: 'dai', name: { en: 'Development Alternatives (DAI)', fr: 'Development Alternatives (DAI)' } },
  { id: 'parliamentary-centre', name: { en: 'Canadian Parliamentary Centre', fr: 'Centre parlementaire canadien' } },
  {
    id: 'laval-research-chair',
    name: {
      en: 'Research Chair on Democracy and Parliamentary Institutions at Université Laval',
      fr: "Chaire de recherche sur la démocratie et les institutions parlementaires de l'Université Laval",
    },
  },
  { id: 'dgeq', name: { en: 'Chief Electoral Officer of Québec (DGEQ)', fr: 'Directeur général des élections du Québec (DGEQ)' } },
  {
    id: 'mrif',
    name: {
      en: 'Ministère des Relations internationales et de la Francophonie (MRIF)',
      fr: 'Ministère des Relations internationales et de la Francophonie (MRIF)',
    },
  },
];

/** "World Bank" also finds "World Bank (WB)". */
const withoutAcronym = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '');

/** "UNDP" of "United Nations Development Programme (UNDP)"; none for a name without one. */
const acronym = (name: string): string[] => [...name.matchAll(/\(([^)]+)\)\s*$/g)].map((match) => match[1] ?? '');

const BY_ID = new Map(SUPPORT_ORGANIZATIONS.map((organization) => [organization.id, organization]));
const BY_NAME = nameIndex(
  SUPPORT_ORGANIZATIONS,
  ({ id }) => id,
  ({ id, name: { en, fr } }) => [id, en, fr, withoutAcronym(en), withoutAcronym(fr), ...acronym(en), ...acronym(fr)],
);

export const supportOrganizationById = (id: string): SupportOrganization | undefined => BY_ID.get(id);

/** The support organization an id, a name in either language, or an acronym designates, if any. */
export function findSupportOrganization(text: string): SupportOrganization | undefined {
  const id = BY_NAME.get(nameKey(text));
  return id === undefined ? undefined : BY_ID.get(id);
}
