import type { Team } from '../shared/team';
import { composeMessage, shownInstant } from './messages';
import { noticesFor, type StaffContact } from './recipients';

const MINISTRY: readonly Team[] = [
  'information-services',
  'international-programs',
  'bilateral-relations',
  'missions-bureau',
  'secretary-general',
];
const person = (id: string, role: StaffContact['role'], teams: readonly Team[], extra: Partial<StaffContact> = {}): StaffContact => ({
  id,
  name: id,
  email: `${id}@mri.example`,
  role,
  teams,
  language: 'fr',
  delivery: 'immediate',
  ...extra,
});
const DIRECTORY: readonly StaffContact[] = [
  person('marc.bouchard', 'case-officer', MINISTRY),
  person('sophie.gagnon', 'supervisor', ['information-services', 'international-programs'], { delivery: 'daily-digest' }),
  person('luc.ouellet', 'supervisor', ['missions-bureau']),
  person('denis.lavoie', 'director', ['international-programs', 'missions-bureau'], { language: 'en' }),
  person('helene.morin', 'secretary-general', ['secretary-general']),
  person('sebastien.jobert', 'coordinator', ['interparliamentary-cooperation']),
  person('anne.cote', 'secretary-general', ['interparliamentary-cooperation']),
];
const ids = (notices: ReturnType<typeof noticesFor>) =>
  notices.map(({ recipient, kind, immediate }) => ({ id: recipient.id, kind, immediate }));
const BREACH = {
  standardId: 'email-information-request',
  standardVersion: 1,
  dueAt: '2027-01-15T22:00:00.000Z',
  breachedAt: '2027-01-15T22:00:00.000Z',
};

describe('who an event tells', () => {
  it('given a breach escalated to the supervisor, tells the supervisors of the case’s team at once, digest or not', () => {
    expect(
      ids(
        noticesFor({ type: 'ServiceStandardBreached', data: { ...BREACH, escalatedTo: 'supervisor' } }, 'information-services', DIRECTORY),
      ),
    ).toEqual([{ id: 'sophie.gagnon', kind: 'breach', immediate: true }]);
  });

  it('given an escalation to the Secretary General, tells the one of the case’s body only', () => {
    const escalated = { type: 'ServiceStandardBreachEscalated', data: { ...BREACH, escalatedTo: 'secretary-general' } };
    expect(ids(noticesFor(escalated, 'missions-bureau', DIRECTORY))).toEqual([{ id: 'helene.morin', kind: 'escalation', immediate: true }]);
    expect(ids(noticesFor(escalated, 'interparliamentary-cooperation', DIRECTORY))).toEqual([
      { id: 'anne.cote', kind: 'escalation', immediate: true },
    ]);
  });

  it('given a warning, tells the assignee it names, or the supervisors while nobody holds the case, in their rhythm', () => {
    const warning = (notify: object) => ({ type: 'ServiceStandardWarning', data: { ...BREACH, warnedAt: BREACH.dueAt, notify } });
    expect(ids(noticesFor(warning({ role: 'case-officer', officerId: 'marc.bouchard' }), 'information-services', DIRECTORY))).toEqual([
      { id: 'marc.bouchard', kind: 'deadline-warning', immediate: true },
    ]);
    expect(ids(noticesFor(warning({ role: 'supervisor', officerId: null }), 'international-programs', DIRECTORY))).toEqual([
      { id: 'sophie.gagnon', kind: 'deadline-warning', immediate: false },
    ]);
  });

  it('given the warning of an engagement’s partner deadline, tells the coordinator who holds the engagement', () => {
    const warning = {
      type: 'ServiceStandardWarning',
      data: { ...BREACH, standardId: 'action-plan-partner-answer', notify: { role: 'coordinator', officerId: 'sebastien.jobert' } },
    };
    expect(ids(noticesFor(warning, 'interparliamentary-cooperation', DIRECTORY))).toEqual([
      { id: 'sebastien.jobert', kind: 'deadline-warning', immediate: true },
    ]);
  });

  it('given an assignment, tells the person assigned; given any other event, nobody', () => {
    expect(
      ids(noticesFor({ type: 'EmailRequestAssigned', data: { officerId: 'marc.bouchard' } }, 'information-services', DIRECTORY)),
    ).toEqual([{ id: 'marc.bouchard', kind: 'assignment', immediate: true }]);
    expect(noticesFor({ type: 'EmailRequestAnswered', data: { answer: 'Voici.' } }, 'information-services', DIRECTORY)).toEqual([]);
    expect(noticesFor({ type: 'ServiceStandardBreached', data: {} }, 'information-services', DIRECTORY)).toEqual([]);
  });
});

describe('the message a notice sends', () => {
  const about = {
    caseId: '4c32ed58-ed93-42da-90bb-e50c921d72ed',
    caseTypeLabel: { fr: 'Demande par courriel', en: 'E-mail request' },
    dueAt: '2027-01-15T22:00:00.000Z',
    link: 'http://127.0.0.1:3100/cases/4c32ed58-ed93-42da-90bb-e50c921d72ed',
  };

  it('is in French first, with the case, its due instant in Québec’s time and a link, in text and HTML', () => {
    const [notice] = noticesFor(
      { type: 'ServiceStandardBreached', data: { ...BREACH, escalatedTo: 'supervisor' } },
      'missions-bureau',
      DIRECTORY,
    );
    const message = composeMessage(notice!, about);
    expect(message.subject).toBe('Norme de service non respectée : Demande par courriel 4C32ED58');
    expect(message.text).toMatch(/Échéance\s:\s15\sjanvier\s2027\sà\s17\sh\s00 \(heure de l’Est\)/);
    expect(message.text).toContain(`Ouvrir le dossier : ${about.link}`);
    expect(message.html).toContain(`<a href="${about.link}">Ouvrir le dossier</a>`);
    expect(message.html).toContain('<html lang="fr-CA">');
  });

  it('is in English for those who read English', () => {
    const [notice] = noticesFor(
      { type: 'ServiceStandardBreachEscalated', data: { ...BREACH, escalatedTo: 'director' } },
      'missions-bureau',
      DIRECTORY,
    );
    const message = composeMessage(notice!, about);
    expect(message.subject).toBe('Breach escalated to you: E-mail request 4C32ED58');
    expect(message.text).toContain(`Due: ${shownInstant(about.dueAt, 'en')}`);
    expect(shownInstant(about.dueAt, 'en')).toMatch(/^January 15, 2027 at 5:00\sp\.m\. \(Eastern time\)$/);
  });
});
