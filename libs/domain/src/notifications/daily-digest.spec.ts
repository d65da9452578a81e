import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar';
import { composeDigest, digestDate } from './daily-digest';
import type { StaffContact } from './recipients';

const sophie: StaffContact = {
  id: 'sophie.gagnon',
  name: 'Sophie Gagnon',
  email: 'sophie.gagnon@mri.example',
  role: 'supervisor',
  teams: ['information-services'],
  language: 'fr',
  delivery: 'daily-digest',
};
const item = (caseId: string, dueAt?: string) => ({
  kind: 'deadline-warning' as const,
  caseId,
  caseTypeLabel: { fr: 'Demande par courriel', en: 'E-mail request' },
  dueAt,
  link: `https://console.example/cases/${caseId}`,
});

describe('the daily digest', () => {
  it('goes on working days only, for the Québec date of its run', () => {
    // Monday 2027-01-18, 8:30 Eastern.
    expect(digestDate('2027-01-18T13:30:00.000Z', QC_PUBLIC_SERVICE_CALENDAR)).toBe('2027-01-18');
    // Saturday, then Saint-Jean-Baptiste (Thursday 2027-06-24): no digest.
    expect(digestDate('2027-01-16T13:30:00.000Z', QC_PUBLIC_SERVICE_CALENDAR)).toBeNull();
    expect(digestDate('2027-06-24T12:30:00.000Z', QC_PUBLIC_SERVICE_CALENDAR)).toBeNull();
    // 02:00 UTC on Tuesday is still Monday evening in Québec.
    expect(digestDate('2027-01-19T02:00:00.000Z', QC_PUBLIC_SERVICE_CALENDAR)).toBe('2027-01-18');
  });

  it('lists each notice that waited for it, with its case, due instant and link, in the recipient’s language', () => {
    const digest = composeDigest(sophie, '2027-01-18', [item('aaaaaaaa-1', '2027-01-19T22:00:00.000Z'), item('bbbbbbbb-2')]);
    expect(digest.subject).toBe('Résumé quotidien du 2027-01-18');
    expect(digest.text).toContain('2 avis depuis votre dernier résumé :');
    expect(digest.text).toContain(
      '- Échéance proche : Demande par courriel AAAAAAAA (échéance 19 janvier 2027 à 17 h 00 (heure de l’Est))',
    );
    expect(digest.text).toContain('  https://console.example/cases/bbbbbbbb-2');
    expect(composeDigest({ ...sophie, language: 'en' }, '2027-01-18', [item('aaaaaaaa-1')]).subject).toBe('Daily digest, 2027-01-18');
  });
});
