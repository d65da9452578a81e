// Opens the payloads a recorded history holds sealed with its case's key (docs/adr/0015), so the
// replay test, which has no key, can replay it: the histories kept with the code are test cases
// of made-up people. Reads `temporal workflow show --output json` and rewrites it in place, with
// the profile's database and key-encryption key (DATABASE_URL, DATABASE_SCHEMA, ENTENTE_KEK...).
//   node infra/temporal/decode-history.js <history.json>
'use strict';
const { Buffer } = require('node:buffer');
const { readFileSync, writeFileSync } = require('node:fs');
const { caseKeyStore, createDataSource, SCHEMA_SETTINGS } = require('@entente/persistence');
const { CasePayloadCodec, ENCRYPTED_ENCODING, KEY_ENCRYPTION_SETTINGS, keyEncryptionKey, loadConfig } = require('@entente/platform');

const SEALED = Buffer.from(ENCRYPTED_ENCODING).toString('base64');

/** The sealed payloads of a history in its JSON form, wherever they are. */
function sealedPayloads(node) {
  if (Array.isArray(node)) return node.flatMap(sealedPayloads);
  if (node === null || typeof node !== 'object') return [];
  const own = node.metadata && node.metadata.encoding === SEALED ? [node] : [];
  return [...own, ...Object.values(node).flatMap(sealedPayloads)];
}

const fromJson = ({ metadata, data }) => ({
  metadata: Object.fromEntries(Object.entries(metadata).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
  data: Buffer.from(data || '', 'base64'),
});

async function main([file]) {
  if (!file) throw new Error('usage: node infra/temporal/decode-history.js <history.json>');
  const history = JSON.parse(readFileSync(file, 'utf8'));
  const { databaseSchema } = loadConfig(SCHEMA_SETTINGS, process.env);
  const database = await createDataSource({ databaseUrl: process.env.DATABASE_URL, schema: databaseSchema }).initialize();
  try {
    const codec = new CasePayloadCodec(caseKeyStore(database, keyEncryptionKey(loadConfig(KEY_ENCRYPTION_SETTINGS, process.env))));
    for (const payload of sealedPayloads(history)) {
      const [opened] = await codec.decode([fromJson(payload)]);
      payload.metadata = Object.fromEntries(
        Object.entries(opened.metadata).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
      );
      if (opened.data && opened.data.length > 0) payload.data = Buffer.from(opened.data).toString('base64');
      else delete payload.data;
    }
  } finally {
    await database.destroy();
  }
  writeFileSync(file, `${JSON.stringify(history, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`record-history: decoding the history failed: ${error.message}\n`);
  process.exitCode = 1;
});
