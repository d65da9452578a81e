import { findCountry, findParliament, findSupportOrganization, type BilingualName } from '../reference';
import type { PartnerParliament, Requester } from './cooperation-engagement.events';

// An engagement records its partners as staff typed them; this reads that text as the list entries
// it designates, so "National Assembly of Benin" and "Assemblée nationale du Bénin" are one
// parliament. Text no list knows is kept as typed, under a null id.

/** A reference list's entry, or (`id` null) text that matches none, named as typed. */
export interface ReferenceEntry {
  readonly id: string | null;
  readonly name: BilingualName;
}

export interface EngagementPartners {
  readonly parliament: ReferenceEntry & { readonly country: string | null };
  readonly country: ReferenceEntry;
  /** Null when the parliament itself contacted the Cooperation Service. */
  readonly supportOrganization: ReferenceEntry | null;
}

const asTyped = (text: string): ReferenceEntry => ({ id: null, name: { en: text, fr: text } });

export function engagementPartners(partnerParliament: PartnerParliament, requester: Requester): EngagementPartners {
  const country = findCountry(partnerParliament.country);
  const parliament = findParliament(partnerParliament.name, country?.code);
  const organization = requester.kind === 'support-organization' ? findSupportOrganization(requester.name) : null;
  return {
    parliament: parliament
      ? { id: parliament.id, name: parliament.name, country: parliament.country }
      : { ...asTyped(partnerParliament.name), country: country?.code ?? null },
    country: country ? { id: country.code, name: country.name } : asTyped(partnerParliament.country),
    supportOrganization:
      organization === null ? null : organization ? { id: organization.id, name: organization.name } : asTyped(requester.name),
  };
}
