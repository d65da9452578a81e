import { composeEvaluationMessage } from './participant-messages';

const invitation = {
  kind: 'evaluation-request' as const,
  contactName: 'Claire Gagnon',
  link: 'https://console.example/evaluation/abc.def',
  expiresAt: '2027-02-01T05:00:00.000Z',
  language: null,
};

describe('a participant’s evaluation message', () => {
  it('is bilingual, French first, greets the contact and carries the link and its expiry in Québec’s time', () => {
    const message = composeEvaluationMessage(invitation);
    expect(message.subject).toBe('Votre évaluation de la mission du premier ministre / Your evaluation of the Premier’s mission');
    const french = message.text.indexOf('Bonjour Claire Gagnon,');
    const english = message.text.indexOf('Hello Claire Gagnon,');
    expect(french).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(french);
    expect(message.text).toContain('Répondre au questionnaire : https://console.example/evaluation/abc.def');
    expect(message.text).toContain('valide jusqu’au 1 février 2027');
    expect(message.text).toContain('valid until February 1, 2027');
    expect(message.html).toContain('<a href="https://console.example/evaluation/abc.def">Répondre au questionnaire</a>');
  });

  it('is in the contact’s language alone when staff recorded one', () => {
    const english = composeEvaluationMessage({ ...invitation, language: 'en' });
    expect(english.subject).toBe('Your evaluation of the Premier’s mission');
    expect(english.text).toContain('Hello Claire Gagnon,');
    expect(english.text).not.toContain('Bonjour');
    expect(english.html).toContain('<html lang="en-CA">');
    const french = composeEvaluationMessage({ ...invitation, kind: 'evaluation-reminder', language: 'fr' });
    expect(french.subject).toBe('Rappel : votre évaluation de la mission');
    expect(french.text).not.toContain('Hello');
  });

  it('reminds in its own words, and escapes what it puts in HTML', () => {
    const message = composeEvaluationMessage({ ...invitation, kind: 'evaluation-reminder', contactName: 'A <b>B</b>' });
    expect(message.subject).toMatch(/^Rappel : /);
    expect(message.text).toContain('pas encore reçu votre évaluation');
    expect(message.html).toContain('A &lt;b&gt;B&lt;/b&gt;');
    expect(message.html).not.toContain('<b>');
  });
});
