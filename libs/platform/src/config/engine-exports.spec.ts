import { engineExports } from './engines.config';

describe('the variables of engines.sh env', () => {
  it('are read from its export lines, with printf %q quoting undone', () => {
    const text = 'export DATABASE_URL=postgres://u:p@127.0.0.1:54359/entente\nexport ENTENTE_DATA_DIR=/work/a\\ b\nnot an export\n';
    expect(engineExports(text)).toEqual({ DATABASE_URL: 'postgres://u:p@127.0.0.1:54359/entente', ENTENTE_DATA_DIR: '/work/a b' });
  });
});
