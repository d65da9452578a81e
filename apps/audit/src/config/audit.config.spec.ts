import { resolve } from 'node:path';
import { ConfigError } from '@entente/platform';
import { AuditConfig } from './audit.config';

describe('AuditConfig', () => {
  it('defaults to the histories kept with the code, every live workflow and audit-reports', () => {
    expect(new AuditConfig({})).toMatchObject({
      recordedHistories: resolve(__dirname, '../../../../test/workflows/histories'),
      replayQuery: undefined,
      reportDirectory: resolve('audit-reports'),
      databaseSchema: 'public',
    });
  });

  it('skips recorded histories where the checkout has none', () => {
    expect(new AuditConfig({ AUDIT_RECORDED_HISTORIES: '/nowhere/histories' }).recordedHistories).toBeUndefined();
  });

  it('names the report subject without the database password', () => {
    const { subject } = new AuditConfig({
      DATABASE_URL: 'postgres://u:secret@db:5432/entente',
      PROJECTOR_TOPICS: 'a',
      TEMPORAL_NAMESPACE: 'audit',
    });
    expect(subject).toEqual({
      database: 'postgres://u@db:5432/entente',
      schema: 'public',
      topics: ['a'],
      temporal: '127.0.0.1:7233 (namespace audit)',
    });
  });

  it('reads the projector variables the rebuild uses, and refuses them as the projector does', () => {
    expect(() => new AuditConfig({ DATABASE_SCHEMA: 'x"; drop' })).toThrow(ConfigError);
  });
});
