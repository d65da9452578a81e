import { InvalidCommand } from '../shared/errors';
import { requireOneOf, requireRecord, text } from '../shared/validation';
import {
  countryByCode,
  findCountry,
  findParliament,
  findSupportOrganization,
  parliamentById,
  supportOrganizationById,
  type BilingualName,
} from '../reference';
import { REQUESTER_KINDS, type PartnerParliament, type Requester, type RequesterKind } from './cooperation-engagement.events';

// An engagement's partners are entries of the reference lists (libs/domain/src/reference). Commands
// name them by id; named as text (before the lists, and for one version since), they are read
// against the lists, so "National Assembly of Benin" and "Assemblée nationale du Bénin" are one
// parliament. Text no list knows is kept as typed, under a null id.

/** The parliament stated by its id (an unknown one is refused) or, for one version, by name and country. */
export function requirePartnerParliament(value: unknown, field: string): PartnerParliament {
  const stated = requireRecord(value, field);
  if (stated.parliamentId === undefined)
    return parliamentFromText(text(stated.name, `${field}.name`), text(stated.country, `${field}.country`));
  const parliament = parliamentById(text(stated.parliamentId, `${field}.parliamentId`));
  if (!parliament) throw new InvalidCommand(`${field}.parliamentId`, "must be the id of a parliament in the parliaments' list");
  const country = countryByCode(parliament.country)?.name.en ?? parliament.country;
  return { name: parliament.name.en, country, parliamentId: parliament.id, countryCode: parliament.country };
}

/** Who contacted the Service: a support organization by its id (an unknown one is refused) or, for one version, by name. */
export function requireRequester(value: unknown, field: string): Requester {
  const stated = requireRecord(value, field);
  const kind = requireOneOf(stated.kind, REQUESTER_KINDS, `${field}.kind`);
  if (stated.supportOrganizationId === undefined) return requesterFromText(kind, text(stated.name, `${field}.name`));
  const at = `${field}.supportOrganizationId`;
  if (kind !== 'support-organization') throw new InvalidCommand(at, 'is for a requester of kind support-organization');
  const organization = supportOrganizationById(text(stated.supportOrganizationId, at));
  if (!organization) throw new InvalidCommand(at, "must be the id of an organization in the support organizations' list");
  return { kind, name: organization.name.en, supportOrganizationId: organization.id };
}

/** A parliament named as text, with the ids of the entries it designates (null where none). */
export function parliamentFromText(name: string, country: string): PartnerParliament {
  const countryCode = findCountry(country)?.code ?? null;
  return { name, country, parliamentId: findParliament(name, countryCode ?? undefined)?.id ?? null, countryCode };
}

export function requesterFromText(kind: RequesterKind, name: string): Requester {
  const organization = kind === 'support-organization' ? findSupportOrganization(name) : undefined;
  return { kind, name, supportOrganizationId: organization?.id ?? null };
}

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

/**
 * The entries an engagement's partners are: by their recorded ids, else by their names (a name
 * added to a list since it was recorded is then found).
 */
export function engagementPartners(partnerParliament: PartnerParliament, requester: Requester): EngagementPartners {
  const country = countryByCode(partnerParliament.countryCode ?? '') ?? findCountry(partnerParliament.country);
  const parliament = parliamentById(partnerParliament.parliamentId ?? '') ?? findParliament(partnerParliament.name, country?.code);
  const organization =
    requester.kind === 'support-organization'
      ? (supportOrganizationById(requester.supportOrganizationId ?? '') ?? findSupportOrganization(requester.name))
      : null;
  return {
    parliament: parliament
      ? { id: parliament.id, name: parliament.name, country: parliament.country }
      : { ...asTyped(partnerParliament.name), country: country?.code ?? null },
    country: country ? { id: country.code, name: country.name } : asTyped(partnerParliament.country),
    supportOrganization:
      organization === null ? null : organization ? { id: organization.id, name: organization.name } : asTyped(requester.name),
  };
}
