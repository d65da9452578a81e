import { caseWorkflowId } from '@entente/contracts';
import { eventually } from '../projector/projector-harness';
import { ApiStack } from './api-harness';

// An operator finds a case opened over HTTP in the Temporal UI, by its search attributes.

const stack = new ApiStack();
const officer = `carole-${stack.run}`;
const EMAIL = {
  sender: { name: 'Awa Diallo', address: 'awa.diallo@example.org' },
  subject: 'Stage OIG',
  body: 'Quels sont les critères ?',
};

beforeAll(() => stack.start());
afterAll(() => stack.stop());

describe('a case in the Temporal UI', () => {
  it('is found by case type, stage and assignee, with a summary and no personal information', async () => {
    const received = await stack
      .http()
      .post('/email-requests')
      .set('Authorization', stack.bearer('intake-officer'))
      .send(EMAIL)
      .expect(201);
    const caseId = received.body.caseId as string;
    await stack
      .http()
      .post(`/email-requests/${caseId}/assign`)
      .set('Authorization', stack.bearer('supervisor'))
      .send({ officerId: officer })
      .expect(200);

    // Visibility trails the workflow: the list is polled until the case shows up.
    const query = `EntenteCaseType = 'email-request' AND EntenteStage = 'assigned' AND EntenteAssignee = '${officer}'`;
    const found = await eventually(`case ${caseId} in the Temporal visibility`, async () => {
      const executions = [];
      for await (const execution of stack.temporal.workflow.list({ query })) executions.push(execution);
      return executions.length > 0 ? executions : undefined;
    });
    expect(found.map((execution) => execution.workflowId)).toEqual([caseWorkflowId('email-request', caseId)]);

    const names = found[0]!.typedSearchAttributes.getAll().map(({ key }) => key.name);
    expect(names.filter((name) => name.startsWith('Entente')).sort()).toEqual([
      'EntenteAssignee',
      'EntenteBreached',
      'EntenteCaseType',
      'EntenteDueAt',
      'EntenteStage',
      'EntenteTeam',
    ]);
    const attributes = JSON.stringify(found[0]!.typedSearchAttributes.getAll());
    for (const personal of [EMAIL.sender.name, EMAIL.sender.address, EMAIL.subject]) expect(attributes).not.toContain(personal);

    const description = await stack.temporal.workflow.getHandle(caseWorkflowId('email-request', caseId)).describe();
    expect(await description.staticSummary()).toBe('email-request · information-services');
  });
});
