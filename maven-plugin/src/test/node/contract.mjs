// What a non-Java party needs from a Handback contract.json: find an activity, decode a handle as
// handleFormat.decode says, and check what it sends against the contract's JSON Schemas.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

/** A reply this program refuses to send; its message says why and never repeats the handle. */
export class Refused extends Error {}

const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });

/** The contract in `file`, refused unless this program reads its version. */
export function loadContract(file) {
  const contract = JSON.parse(readFileSync(file, 'utf8'));
  if (contract.contractVersion !== 1) {
    throw new Refused(`contract version ${contract.contractVersion} is not supported; this client reads 1`);
  }
  return contract;
}

/** The activity of type `activityType`, refused unless it supports `action`. */
export function findActivity(contract, activityType, action) {
  const activity = contract.activities.find((a) => a.activityType === activityType);
  if (!activity) {
    throw new Refused(`the contract has no activity ${activityType}`);
  }
  if (!activity.operations.includes(action)) {
    throw new Refused(`${activityType} (path ${activity.path}) does not support '${action}'`);
  }
  return activity;
}

/**
 * The bytes a handle of `activity` carries: the UTF-8 JSON activity address (kind a), a task token
 * (kind t) or the UTF-8 JSON signal address (kind s). Refuses a handle of another activity, of
 * another kind, or an altered one.
 */
export function decodeHandle(handle, activity) {
  const prefix = activity.handle.prefix;
  const parts = handle.split('.');
  if (parts.length !== 5 || !handle.startsWith(prefix)) {
    const [version, iface, method, kind] = prefix.split('.');
    if (parts.length === 5 && parts[0] === version && parts[1] === iface && parts[2] === method) {
      throw new Refused(
        `the handle is of kind '${parts[3]}', and ${activity.activityType} takes its result on path` +
          ` '${activity.path}' (kind '${kind}') in this contract: ask the worker's team for a handle` +
          ' made by the version this contract describes',
      );
    }
    throw new Refused(`the handle is not a handle of ${activity.activityType} (expected it to start with ${prefix})`);
  }
  const payload = Buffer.from(parts[4], 'base64url');
  if (payload.length <= 4) {
    throw new Refused('the handle is truncated');
  }
  const body = payload.subarray(0, payload.length - 4);
  const expected = crc32c(Buffer.concat([Buffer.from(prefix, 'ascii'), body]));
  if (payload.readUInt32BE(payload.length - 4) !== expected) {
    throw new Refused('the handle is damaged: its checksum does not match');
  }
  return body;
}

/**
 * The workflow, run and activity ids a kind-a handle names, checked against
 * handleFormat.activityAddress, as @temporalio/client's FullActivityId.
 */
export function activityAddress(contract, body) {
  let address;
  try {
    address = JSON.parse(body.toString('utf8'));
  } catch {
    throw new Refused('the handle does not carry a JSON activity address');
  }
  check(contract.handleFormat.activityAddress.schema, address, "the handle's activity address", 'handleFormat.activityAddress.schema');
  return { workflowId: address.workflowId, runId: address.runId || undefined, activityId: address.activityId };
}

/** The workflow run and signal a kind-s handle names, checked against handleFormat.signalAddress. */
export function signalAddress(contract, activity, body) {
  let address;
  try {
    address = JSON.parse(body.toString('utf8'));
  } catch {
    throw new Refused('the handle does not carry a JSON signal address');
  }
  check(contract.handleFormat.signalAddress.schema, address, "the handle's signal address", 'handleFormat.signalAddress.schema');
  if (address.signal !== activity.signal) {
    throw new Refused(
      `the handle names signal '${address.signal}', and the contract says ${activity.activityType}` +
        ` listens to '${activity.signal}': the contract and the worker are of different versions`,
    );
  }
  return address;
}

/** Refuses `value` unless it matches `schema`, which the contract holds at `where`. */
export function check(schema, value, what, where) {
  const validate = ajv.compile(schema);
  if (!validate(value)) {
    throw new Refused(`${what} does not match the contract's ${where}: ${ajv.errorsText(validate.errors, { dataVar: '' })}`);
  }
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
