import { engagementPartners, type Requester } from '@entente/domain';
import { EXAMPLES } from './cooperation-engagement.examples';

// The demonstration portfolio should show partners as the reference lists name them, not as typed.
describe('example engagements', () => {
  it.each(EXAMPLES.map(({ opening }) => [opening.partnerParliament.name, opening]))(
    '%s names its partners from the reference lists',
    (_, opening) => {
      const partners = engagementPartners(opening.partnerParliament, opening.requester as Requester);
      expect(partners.parliament.id).not.toBeNull();
      expect(partners.country.id).not.toBeNull();
      expect(partners.supportOrganization?.id).not.toBeNull();
    },
  );
});
