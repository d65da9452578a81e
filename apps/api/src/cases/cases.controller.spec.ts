import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { controllerTestApp, fakeUseCase, fakeUseCases, tokenFor } from '../testing/controller-test-app';
import { CasesController } from './cases.controller';
import { GetCaseUseCase } from './use-cases/get-case.use-case';
import { ListCasesUseCase } from './use-cases/list-cases.use-case';
import { CaseReads } from './use-cases/case-reads';
import { DiscloseCaseUseCase } from './use-cases/disclose-case.use-case';

const CASE_ID = '3f0c2a4e-8a51-4f4e-9a53-0d9a6f1e2b7c';

describe('CasesController (auth and validation)', () => {
  let app: INestApplication;
  const list = fakeUseCase(ListCasesUseCase, { items: [], page: 1, pageSize: 20, total: 0 });
  const get = fakeUseCase(GetCaseUseCase, { caseId: CASE_ID, timeline: [] });
  const reads = fakeUseCases(CaseReads, ['verify', 'asOf', 'export']);
  const disclose = fakeUseCase(DiscloseCaseUseCase, { caseId: CASE_ID, timeline: [] });
  const theAuditor = expect.objectContaining({ role: 'auditor', teams: expect.any(Array) });

  let auditor: string;

  beforeAll(async () => {
    reads.verify.mockResolvedValue({ caseId: CASE_ID, verified: true });
    reads.export.mockResolvedValue({
      caseId: CASE_ID,
      caseType: 'email-request',
      proof: { head: { sequence: 0, hash: '' }, firstBreak: null },
      events: [],
    });
    app = await controllerTestApp(CasesController, [list.provider, get.provider, reads.provider, disclose.provider]);
    auditor = await tokenFor('auditor');
  });
  afterAll(() => app.close());
  beforeEach(() => [list, get, disclose].forEach((fake) => fake.execute.mockClear()));

  const read = (path: string, token: string | null = auditor) => {
    const call = request(app.getHttpServer()).get(path);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  };

  it('answers 401 without a token', async () => {
    await read('/cases', null).expect(401);
    await read(`/cases/${CASE_ID}`, null).expect(401);
    expect(list.execute).not.toHaveBeenCalled();
  });

  it('opens the work queue to auditors, with default paging', async () => {
    await read('/cases').expect(200);
    expect(list.execute).toHaveBeenCalledWith(expect.objectContaining({ page: 1, pageSize: 20, sort: 'dueAt' }), theAuditor);
  });

  it('hands typed filters to the use case', async () => {
    await read('/cases?status=assigned&assignee=carole&caseType=email-request&overdue=true&page=2&pageSize=5').expect(200);
    expect(list.execute).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'assigned', assignee: 'carole', caseType: 'email-request', overdue: true, page: 2, pageSize: 5 }),
      theAuditor,
    );
  });

  // Every route drops a query parameter it does not know, as routes without parameters always did
  // (the fuzzer's `?=6` and `?%C2%85=null` once got 400s naming blank fields).
  it.each(['=6', '%C2%85=null', 'utm_source=mail&page=2'])('ignores an unknown parameter: ?%s', async (query) => {
    await read(`/cases?${query}`).expect(200);
    const [filters] = list.execute.mock.calls[0]!;
    const given = Object.entries(filters).filter(([, value]) => value !== undefined);
    expect(given.map(([name]) => name).sort()).toEqual(['page', 'pageSize', 'sort']);
  });

  it('reads overdue=false as false, not as a truthy string', async () => {
    await read('/cases?overdue=false').expect(200);
    expect(list.execute.mock.calls[0]![0].overdue).toBe(false);
  });

  it.each([
    ['status=Lost%20cases', 'status'],
    ['caseType=parcel', 'caseType'],
    ['overdue=yes', 'overdue'],
    ['team=accounting', 'team'],
    ['dueBefore=tomorrow', 'dueBefore'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['page=1e300', 'page'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=2.5', 'pageSize'],
    ['sort=subject', 'sort'],
    ['view=everything', 'view'],
  ])('answers 400 naming the parameter for ?%s', async (query, field) => {
    const response = await read(`/cases?${query}`).expect(400);
    expect(response.body).toMatchObject({ status: 400, code: 'invalid-field', field });
    expect(response.body.message).toContain(field);
    expect(list.execute).not.toHaveBeenCalled();
  });

  it('answers 400 for a case id that is not a UUID', async () => {
    const response = await read('/cases/not-a-uuid').expect(400);
    expect(response.body).toMatchObject({ field: 'caseId', message: 'caseId must be a UUID' });
  });

  it('reads one case', async () => {
    await read(`/cases/${CASE_ID}`).expect(200);
    expect(get.execute).toHaveBeenCalledWith(CASE_ID, theAuditor);
  });

  it('verifies a case for an auditor, and refuses a case id that is not a UUID', async () => {
    await read(`/cases/${CASE_ID}/verification`).expect(200, { caseId: CASE_ID, verified: true });
    expect(reads.verify).toHaveBeenCalledWith(CASE_ID, theAuditor);
    const bad = await read('/cases/not-a-uuid/verification').expect(400);
    expect(bad.body.field).toBe('caseId');
  });

  it('folds a case as of an instant, and names `at` when it is not an instant', async () => {
    await read(`/cases/${CASE_ID}/as-of?at=2026-11-25T12:00:00Z`).expect(200);
    expect(reads.asOf).toHaveBeenCalledWith(CASE_ID, '2026-11-25T12:00:00Z', theAuditor);
    const bad = await read(`/cases/${CASE_ID}/as-of?at=yesterday`).expect(400);
    expect(bad.body.field).toBe('at');
  });

  it('exports a history as JSON by default, and names `format` when it is neither json nor csv', async () => {
    const json = await read(`/cases/${CASE_ID}/export`).expect(200);
    expect(JSON.parse(json.text)).toMatchObject({ caseId: CASE_ID });
    expect(reads.export).toHaveBeenCalledWith(CASE_ID, theAuditor);
    await read(`/cases/${CASE_ID}/export?format=csv`).expect(200).expect('content-type', 'text/csv; charset=utf-8');
    const bad = await read(`/cases/${CASE_ID}/export?format=xlsx`).expect(400);
    expect(bad.body).toMatchObject({ field: 'format', message: 'format must be json or csv' });
  });

  it('reveals a case for a stated reason, and names `reason` when it states none', async () => {
    const disclosure = (body: object) =>
      request(app.getHttpServer()).post(`/cases/${CASE_ID}/disclosures`).set('Authorization', `Bearer ${auditor}`).send(body);
    await disclosure({ reason: 'Access request 2026-114 from the complainant' }).expect(200);
    expect(disclose.execute).toHaveBeenCalledWith(
      CASE_ID,
      'Access request 2026-114 from the complainant',
      theAuditor,
      expect.objectContaining({ route: 'POST /cases/:caseId/disclosures' }),
    );
    for (const body of [{}, { reason: 'because' }]) {
      const refused = await disclosure(body).expect(400);
      expect(refused.body.field).toBe('reason');
    }
    expect(disclose.execute).toHaveBeenCalledTimes(1);
  });
});
