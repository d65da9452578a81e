// The cluster profile's token issuer for Temporal's JWT authorizer (docs/adr/0029): an ES256 key made
// once, its JWKS, the long-lived tokens of the engines' scripts and of the apps, and the small HTTP
// server the frontend fetches the JWKS from (Temporal's key provider reads keys over HTTP only).
//   node jwt.js init  <dir>                                 signing key and jwks.json, once
//   node jwt.js token <dir> <file> <sub> <days> <perm>...   writes <dir>/<file> unless it holds a
//                                                           token of these permissions with more than
//                                                           a third of its life left
//   node jwt.js serve <dir> <port>                          GET /jwks.json on 127.0.0.1:<port>
'use strict';
const { Buffer } = require('node:buffer');
const { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } = require('node:crypto');
const { existsSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createServer } = require('node:http');
const { join } = require('node:path');

const ISSUER = 'entente-cluster-engines';
const b64url = (data) => Buffer.from(data).toString('base64url');

function init(dir) {
  const keyFile = join(dir, 'signing-key.pem');
  if (!existsSync(keyFile)) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    atomicWrite(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  }
  const jwk = createPublicKey(createPrivateKey(readFileSync(keyFile))).export({ format: 'jwk' });
  const jwks = { keys: [{ ...jwk, kid: keyId(jwk), alg: 'ES256', use: 'sig' }] };
  atomicWrite(join(dir, 'jwks.json'), JSON.stringify(jwks, null, 2) + '\n');
}

/** RFC 7638's thumbprint: the key's id changes only with the key. */
function keyId({ crv, kty, x, y }) {
  return createHash('sha256').update(JSON.stringify({ crv, kty, x, y })).digest('base64url');
}

function token(dir, file, subject, days, permissions) {
  const path = join(dir, file);
  const now = Math.floor(Date.now() / 1000);
  const life = Number(days) * 86400;
  if (!(life > 0) || permissions.length === 0) throw new Error('token: expected <days> > 0 and at least one permission');
  if (stillGood(path, subject, permissions, now + life / 3)) return;
  const key = createPrivateKey(readFileSync(join(dir, 'signing-key.pem')));
  const { kid } = JSON.parse(readFileSync(join(dir, 'jwks.json'), 'utf8')).keys[0];
  const header = b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }));
  const claims = { iss: ISSUER, sub: subject, permissions, iat: now, exp: now + life };
  const body = `${header}.${b64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(body), { key, dsaEncoding: 'ieee-p1363' });
  atomicWrite(path, `${body}.${b64url(signature)}\n`);
  process.stderr.write(`engines: temporal-server: minted ${file} for ${subject} (${permissions.join(' ')}), valid ${days} days\n`);
}

function stillGood(path, subject, permissions, until) {
  if (!existsSync(path)) return false;
  try {
    const claims = JSON.parse(Buffer.from(readFileSync(path, 'utf8').split('.')[1], 'base64url').toString('utf8'));
    return claims.sub === subject && claims.exp > until && JSON.stringify(claims.permissions) === JSON.stringify(permissions);
  } catch {
    return false;
  }
}

function atomicWrite(path, text) {
  writeFileSync(`${path}.tmp`, text, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

function serve(dir, port) {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    // Read at each request: a new key (after a reset) is served without a restart.
    response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(dir, 'jwks.json')));
  });
  server.listen(Number(port), '127.0.0.1', () => process.stderr.write(`jwks: serving ${dir}/jwks.json on 127.0.0.1:${port}\n`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop).on('SIGINT', stop);
}

const [command, dir, ...rest] = process.argv.slice(2);
try {
  if (command === 'init' && dir) init(dir);
  else if (command === 'token' && rest.length >= 4) token(dir, rest[0], rest[1], rest[2], rest.slice(3));
  else if (command === 'serve' && rest.length === 1) serve(dir, rest[0]);
  else throw new Error('usage: node jwt.js init <dir> | token <dir> <file> <sub> <days> <perm>... | serve <dir> <port>');
} catch (error) {
  process.stderr.write(`engines: temporal-server: ${error.message}\n`);
  process.exitCode = 1;
}
