// A non-Java external party replying to a Handback activity. It knows nothing about the Java
// project: it reads only contract.json (written by the Handback Maven plugin) and a handle.
//
// Usage: node handback-reply.mjs <contract.json> <host:port> <activityType> <action> [argument]
//   action: complete <result JSON> | fail <type> <message> | heartbeat <details JSON>
//           | reportCancellation
// The handle is read from standard input, so it never shows up in a process list or a log.
import { readFileSync } from 'node:fs';
import { ApplicationFailure, Client, Connection } from '@temporalio/client';

const [contractFile, address, activityType, action, ...args] = process.argv.slice(2);
if (!action) {
  fail('usage: handback-reply.mjs <contract.json> <host:port> <activityType> <action> [argument]');
}
const contract = JSON.parse(readFileSync(contractFile, 'utf8'));
if (contract.contractVersion !== 1) {
  fail(`contract version ${contract.contractVersion} is not supported; this client reads 1`);
}
const activity = contract.activities.find((a) => a.activityType === activityType);
if (!activity) {
  fail(`${contractFile} has no activity ${activityType}`);
}
if (activity.path !== 'completion' || !activity.operations.includes(action)) {
  fail(`${activityType} (path ${activity.path}) does not support '${action}'`);
}

const taskToken = decodeHandle(readFileSync(0, 'utf8').trim(), activity.handle.prefix);
const connection = await Connection.connect({ address });
try {
  const client = new Client({ connection, namespace: 'default' });
  switch (action) {
    case 'complete': {
      const result = args.length === 0 ? undefined : JSON.parse(args[0]);
      checkRequired(activity.result.schema, result);
      await client.activity.complete(taskToken, result);
      break;
    }
    case 'fail':
      await client.activity.fail(
        taskToken,
        ApplicationFailure.create({ type: args[0], message: args[1], nonRetryable: true }),
      );
      break;
    case 'heartbeat':
      await client.activity.heartbeat(taskToken, JSON.parse(args[0]));
      break;
    case 'reportCancellation':
      await client.activity.reportCancellation(taskToken);
      break;
    default:
      fail(`unknown action ${action}`);
  }
  console.log(`${action} of ${activityType}: done`);
} finally {
  await connection.close();
}

/** The task token in a handle, decoded as contract.json's handleFormat.decode describes. */
function decodeHandle(handle, prefix) {
  if (!handle.startsWith(prefix) || handle.split('.').length !== 5) {
    fail(`the handle is not a handle of ${activityType} (expected it to start with ${prefix})`);
  }
  const payload = Buffer.from(handle.slice(prefix.length), 'base64url');
  if (payload.length <= 4) {
    fail('the handle is truncated');
  }
  const token = payload.subarray(0, payload.length - 4);
  const expected = crc32c(Buffer.concat([Buffer.from(prefix, 'ascii'), token]));
  if (payload.readUInt32BE(payload.length - 4) !== expected) {
    fail('the handle is damaged: its checksum does not match');
  }
  return token;
}

function crc32c(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A light use of the result's JSON Schema: the required properties of an object must be there. */
function checkRequired(schema, value) {
  if (schema.type === 'object' && Array.isArray(schema.required)) {
    for (const name of schema.required) {
      if (value === null || typeof value !== 'object' || !(name in value)) {
        fail(`the result lacks '${name}', which the contract's schema requires`);
      }
    }
  }
}

function fail(message) {
  console.error(`handback-reply: ${message}`);
  process.exit(2);
}
