import { generateKeyPairSync } from 'node:crypto';
import { startProofMessage, updateProofMessage, verifiesWith, withoutProof } from '@entente/workflows';
import { CommandSigner, PROOF_LIFETIME_MS } from './command-signer';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
const NOW = Date.parse('2026-12-06T10:00:00Z');
const signer = new CommandSigner(privateKey, () => NOW);
const address = { workflowId: 'email-request/c-1', updateId: 'sam:k-1', updateName: 'assignEmailRequest' };
const request = {
  data: { officerId: 'olivier', at: new Date(NOW), gone: undefined },
  actor: { id: 'sam', role: 'supervisor' as const },
  correlationId: 'r-1',
};

// The workflow's check (`verifiesWith`, pure JS) accepts what Node's crypto signed, and only that.
describe('CommandSigner', () => {
  it('signs the arguments as they travel, for their workflow, update and actor, until the proof expires', () => {
    const sent = signer.request(address, request);
    expect(sent.data).toEqual({ officerId: 'olivier', at: '2026-12-06T10:00:00.000Z' });
    expect(sent.proof!.expiresAt).toBe(new Date(NOW + PROOF_LIFETIME_MS).toISOString());
    const message = (changes: object) =>
      updateProofMessage({ ...address, request: withoutProof(sent), expiresAt: sent.proof!.expiresAt, ...changes });
    expect(verifiesWith(publicHex, message({}), sent.proof!.signature)).toBe(true);
    expect(
      verifiesWith(
        publicHex,
        message({ request: { ...withoutProof(sent), actor: { id: 'forged', role: 'supervisor' } } }),
        sent.proof!.signature,
      ),
    ).toBe(false);
    expect(verifiesWith(publicHex, message({ updateId: 'sam:k-2' }), sent.proof!.signature)).toBe(false);
    expect(verifiesWith(publicHex, message({ workflowId: 'email-request/c-2' }), sent.proof!.signature)).toBe(false);
    expect(verifiesWith(publicHex, message({ updateName: 'closeEmailRequest' }), sent.proof!.signature)).toBe(false);
    expect(verifiesWith(publicHex, message({ expiresAt: '2099-01-01T00:00:00.000Z' }), sent.proof!.signature)).toBe(false);
  });

  it('signs a start for its workflow, which an update proof cannot stand for', () => {
    const started = signer.start('email-request/c-1', { caseId: 'c-1' });
    expect(
      verifiesWith(publicHex, startProofMessage({ workflowId: 'email-request/c-1', input: { caseId: 'c-1' } }), started.proof!.signature),
    ).toBe(true);
    expect(
      verifiesWith(publicHex, startProofMessage({ workflowId: 'email-request/c-2', input: { caseId: 'c-1' } }), started.proof!.signature),
    ).toBe(false);
    const update = signer.request(address, request).proof!.signature;
    expect(verifiesWith(publicHex, startProofMessage({ workflowId: 'email-request/c-1', input: { caseId: 'c-1' } }), update)).toBe(false);
  });

  it('treats a malformed key or signature as no proof', () => {
    expect(verifiesWith(undefined, 'm', 'ab')).toBe(false);
    expect(verifiesWith('zz', 'm', 'ab')).toBe(false);
    expect(verifiesWith(publicHex, 'm', 'not hex')).toBe(false);
  });
});
