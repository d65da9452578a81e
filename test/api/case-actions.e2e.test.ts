import type { Role } from '@entente/domain';
import { openApiDocumentWithoutEngines } from '../../apps/api/src/openapi/api-types';
import { ApiStack } from './api-harness';

// The steps a screen offers are the ones the API would accept from that person now, with the
// route each is sent to, as the OpenAPI document names it.

const stack = new ApiStack();
const officer = `olivier-${stack.run}`;
const colleague = `odile-${stack.run}`;
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const as = (role: Role, sub?: string) => stack.bearer(role, sub);
const actionsOf = async (caseId: string, role: Role, sub?: string) => {
  const response = await stack.http().get(`/cases/${caseId}/actions`).set('Authorization', as(role, sub)).expect(200);
  return response.body.actions as { commandType: string; method: string; path: string; operationId: string; standardId?: string }[];
};

describe('the actions of a case', () => {
  it('offer the assignee their steps with their routes, an auditor none, a colleague no case, and follow the case', async () => {
    const email = { sender: { name: 'Awa Diallo', email: 'awa@example.org' }, subject: 'Stage', body: 'Critères ?' };
    const { caseId } = (await stack.http().post('/email-requests').set('Authorization', as('intake-officer')).send(email).expect(201)).body;
    await stack
      .http()
      .post(`/email-requests/${caseId}/assign`)
      .set('Authorization', as('supervisor'))
      .send({ officerId: officer })
      .expect(200);
    await stack.readModel(caseId, (body) => body.status === 'assigned');

    expect(await actionsOf(caseId, 'case-officer', officer)).toEqual([
      { commandType: 'AnswerEmailRequest', method: 'POST', path: `/email-requests/${caseId}/answer`, operationId: 'AnswerEmailRequest' },
      {
        commandType: 'CloseEmailRequestWithoutAnswer',
        method: 'POST',
        path: `/email-requests/${caseId}/close`,
        operationId: 'CloseEmailRequestWithoutAnswer',
      },
      {
        commandType: 'PauseServiceStandardClock',
        standardId: 'email-information-request',
        method: 'POST',
        path: `/clocks/email-request/${caseId}/email-information-request/pause`,
        operationId: 'PauseServiceStandardClock',
      },
    ]);
    const offeredTo = async (role: Role, sub?: string) => (await actionsOf(caseId, role, sub)).map(({ commandType }) => commandType);
    // A colleague's case is outside a case officer's scope: it does not exist for them.
    await stack.http().get(`/cases/${caseId}/actions`).set('Authorization', as('case-officer', colleague)).expect(404);
    expect(await offeredTo('auditor')).toEqual([]);

    const [answer] = await actionsOf(caseId, 'case-officer', officer);
    await stack.http().post(answer!.path).set('Authorization', as('case-officer', officer)).send({ answer: 'Voici.' }).expect(200);
    await stack.readModel(caseId, (body) => body.status === 'answered');
    expect(await actionsOf(caseId, 'supervisor')).toEqual([]);
  });

  it('name each command route in the OpenAPI document by its command type', async () => {
    const document = (await stack.http().get('/docs-json').expect(200)).body;
    expect(document.paths['/email-requests/{caseId}/answer'].post.operationId).toBe('AnswerEmailRequest');
    expect(document.paths['/cases/{caseId}/actions'].get).toBeDefined();
    // The console's types are generated from the document built without engines: it is this one.
    expect(JSON.parse(JSON.stringify(await openApiDocumentWithoutEngines()))).toEqual(document);
  });

  it('answer 404 for a case the read model does not hold', async () => {
    await stack.http().get('/cases/00000000-0000-4000-8000-000000000000/actions').set('Authorization', as('supervisor')).expect(404);
  });
});
