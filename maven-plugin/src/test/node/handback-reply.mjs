// A non-Java external party replying to a Handback activity. It knows nothing about the Java
// project: it reads only contract.json (written by the Handback Maven plugin) and a handle.
//
// Usage: node handback-reply.mjs <contract.json> <host:port> <activityType> <action> [argument]
//   action: complete [result JSON] | fail <type> <message> | heartbeat <details JSON>
//           | reportCancellation
// The activity's path in the contract decides how the reply travels: on path "completion" through
// Temporal's asynchronous activity completion with the handle's task token, on path "signal" as
// the signal the handle names, to the workflow that waits for it. The handle is read from standard
// input, so it never shows up in a process list or a log.
import { readFileSync } from 'node:fs';
import { ApplicationFailure, Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { Refused, check, decodeHandle, findActivity, loadContract, signalAddress } from './contract.mjs';

const [contractFile, address, activityType, action, ...args] = process.argv.slice(2);
try {
  if (!action) {
    throw new Refused('usage: handback-reply.mjs <contract.json> <host:port> <activityType> <action> [argument]');
  }
  const contract = loadContract(contractFile);
  const activity = findActivity(contract, activityType, action);
  const body = decodeHandle(readFileSync(0, 'utf8').trim(), activity);
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection, namespace: 'default' });
    if (activity.path === 'signal') {
      await deliverBySignal(client, contract, activity, signalAddress(contract, activity, body));
    } else {
      await completeActivity(client, contract, activity, body);
    }
  } finally {
    await connection.close();
  }
} catch (e) {
  if (!(e instanceof Refused)) {
    throw e;
  }
  console.error(`handback-reply: ${e.message}`);
  process.exit(2);
}

/** Path "completion": the activity waits; reply with the task token. */
async function completeActivity(client, contract, activity, taskToken) {
  switch (action) {
    case 'complete': {
      const result = args.length === 0 ? null : JSON.parse(args[0]);
      check(activity.result.schema, result, 'the result', 'result.schema');
      await client.activity.complete(taskToken, result);
      break;
    }
    case 'fail': {
      const failure = { type: args[0], message: args[1], nonRetryable: true };
      check(contract.failure.schema, failure, 'the failure', 'failure.schema');
      await client.activity.fail(taskToken, ApplicationFailure.create(failure));
      break;
    }
    case 'heartbeat':
      await client.activity.heartbeat(taskToken, JSON.parse(args[0]));
      break;
    case 'reportCancellation':
      await client.activity.reportCancellation(taskToken);
      break;
  }
  console.log(`${action} of ${activity.activityType}: done`);
}

/**
 * Path "signal": the workflow waits in its inbox; send the signal the handle names, with the one
 * argument the contract's signalPayload describes.
 */
async function deliverBySignal(client, contract, activity, target) {
  let argument;
  let schema;
  if (action === 'complete') {
    argument = args.length === 0 ? {} : { result: JSON.parse(args[0]) };
    schema = 'success';
  } else {
    argument = { failure: { type: args[0], message: args[1] ?? '' } };
    schema = 'failure';
  }
  check(activity.signalPayload[schema], argument, 'the signal argument', `signalPayload.${schema}`);
  const workflow = client.workflow.getHandle(target.workflowId, target.runId || undefined);
  try {
    await workflow.signal(target.signal, argument);
  } catch (e) {
    if (e instanceof WorkflowNotFoundError) {
      throw new Refused('the workflow run the handle names is no longer waiting (it has closed): nothing was delivered');
    }
    throw e;
  }
  console.log(`${action} of ${activity.activityType}: delivered by signal ${target.signal}`);
}
