import { parseArgs } from 'node:util';
import { STAFF_ROLES } from '@entente/domain';
import { DevelopmentTokens } from '@entente/platform';
import { ApiConfig } from '../config/api.config';

/*
 * Development tokens, from the embedded provider's development grant (apps/identity, started by
 * `npm start`) at the API's OIDC_ISSUER, printed alone on stdout so that a shell can capture them:
 *
 *   TOKEN=$(npm run --silent token -- --sub alice --role supervisor --team information-services --ttl 8h)
 *   curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:3000/cases
 *
 * A person of the provider's directory (`--sub sophie.gagnon`) needs no role: the directory has it.
 * Production tokens come from the organization's identity provider, not from this script.
 */

const USAGE = `usage: token --sub <actor id> [--role <${STAFF_ROLES.join('|')}>] [--name "Full Name"] [--team <team>]... [--ttl 8h]`;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "90", "90s", "15m", "8h", "2d" to seconds. */
export function ttlSeconds(ttl: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(ttl);
  if (!match || Number(match[1]) === 0) throw new Error(`--ttl must be a positive duration such as 900, 15m, 8h or 2d, got "${ttl}"`);
  return Number(match[1]) * UNIT_SECONDS[match[2] || 's']!;
}

async function main(argv: string[]): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sub: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      team: { type: 'string', multiple: true },
      ttl: { type: 'string', default: '8h' },
    },
  });
  if (!values.sub) throw new Error('--sub is required');
  const config = new ApiConfig(process.env);
  const tokens = new DevelopmentTokens(config.oidcIssuer, config.oidcAudience);
  return tokens.token({ sub: values.sub, role: values.role, name: values.name, teams: values.team, ttlSeconds: ttlSeconds(values.ttl) });
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (token) => process.stdout.write(`${token}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
      process.exit(2);
    },
  );
}
