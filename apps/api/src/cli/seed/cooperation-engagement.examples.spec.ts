import { requirePartnerParliament, requireRequester } from '@entente/domain';
import { EXAMPLES } from './cooperation-engagement.examples';

// The demonstration portfolio should show partners as the reference lists name them: each example
// names its partners by ids the lists know (an unknown one would refuse the opening).
describe('example engagements', () => {
  it.each(EXAMPLES.map(({ opening }) => [opening.partnerParliament.parliamentId, opening]))(
    '%s names its partners by known ids',
    (_, opening) => {
      expect(requirePartnerParliament(opening.partnerParliament, 'partnerParliament').parliamentId).not.toBeNull();
      expect(requireRequester(opening.requester, 'requester').kind).toBe(opening.requester.kind);
    },
  );
});
