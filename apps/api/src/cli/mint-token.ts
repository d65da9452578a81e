import { parseArgs } from 'node:util';
import type { Role, Team } from '@entente/domain';
import { signActorToken, STAFF_ROLES } from '../auth/actor-token';
import { ApiConfig } from '../config/api.config';

/*
 * Development tokens, signed with the API's own JWT_SECRET and JWT_ISSUER (defaults: the
 * development secret), printed alone on stdout so that a shell can capture them:
 *
 *   TOKEN=$(npm run --silent token -- --sub alice --role supervisor --name "Alice Tremblay" --ttl 8h)
 *   curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:3000/cases
 *
 * Production tokens come from the organization's identity provider, not from this script.
 */

const USAGE = `usage: mint-token --sub <actor id> --role <${STAFF_ROLES.join('|')}> [--name "Full Name"] [--team <team>]... [--ttl 8h]`;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "90", "90s", "15m", "8h", "2d" to seconds. */
export function ttlSeconds(ttl: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(ttl);
  if (!match || Number(match[1]) === 0) throw new Error(`--ttl must be a positive duration such as 900, 15m, 8h or 2d, got "${ttl}"`);
  return Number(match[1]) * UNIT_SECONDS[match[2] || 's']!;
}

function main(argv: string[]): string {
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
  if (!values.sub || !values.role) throw new Error('--sub and --role are required');
  const claims = {
    sub: values.sub,
    role: values.role as Role,
    ...(values.name ? { name: values.name } : {}),
    ...(values.team ? { teams: values.team as Team[] } : {}),
  };
  return signActorToken(new ApiConfig(process.env), claims, ttlSeconds(values.ttl));
}

if (require.main === module) {
  try {
    process.stdout.write(`${main(process.argv.slice(2))}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
}
