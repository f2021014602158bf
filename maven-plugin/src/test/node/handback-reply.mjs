// A non-Java external party replying to a Handback activity. It knows nothing about the Java
// project: it reads only contract.json (written by the Handback Maven plugin) and a handle.
//
// Usage: node handback-reply.mjs <contract.json> <host:port> <activityType> <action> [argument]
//   action: complete [result JSON] | fail <type> <message> | heartbeat <details JSON>
//           | reportCancellation
// The activity's path in the contract decides how the reply travels: on path "completion" through
// Temporal's asynchronous activity completion, by the ids the handle carries (kind a) or with its
// task token (kind t); on path "signal" as the signal the handle names, to the workflow that waits
// for it. Everything is checked against
// the contract before the program connects. The handle is read from standard input, so it never
// shows up in a process list or a log.
import { readFileSync } from 'node:fs';
import { ApplicationFailure, Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { Refused, activityAddress, check, decodeHandle, findActivity, loadContract, signalAddress } from './contract.mjs';

const [contractFile, address, activityType, action, ...args] = process.argv.slice(2);
try {
  if (!action) {
    throw new Refused('usage: handback-reply.mjs <contract.json> <host:port> <activityType> <action> [argument]');
  }
  const contract = loadContract(contractFile);
  const activity = findActivity(contract, activityType, action);
  const body = decodeHandle(readFileSync(0, 'utf8').trim(), activity);
  const reply = activity.path === 'signal' ? signalReply(contract, activity, body) : completionReply(contract, activity, body);
  const connection = await Connection.connect({ address });
  try {
    await reply.send(new Client({ connection, namespace: 'default' }));
    console.log(`${action} of ${activityType}: ${reply.outcome}`);
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

/**
 * Path "completion": the activity waits; the reply goes to it by its ids (kind a) or with the
 * handle's task token (kind t). Returns how to send it and what the program reports once it is
 * sent.
 */
function completionReply(contract, activity, body) {
  // @temporalio/client takes either: a FullActivityId for the by-id calls, or the task token.
  const target = activity.handle.kind === 'a' ? activityAddress(contract, body) : body;
  switch (action) {
    case 'complete': {
      const result = args.length === 0 ? null : JSON.parse(args[0]);
      check(activity.result.schema, result, 'the result', 'result.schema');
      return { outcome: 'done', send: (client) => client.activity.complete(target, result) };
    }
    case 'fail': {
      const failure = { type: args[0], message: args[1], nonRetryable: true };
      check(contract.failure.schema, failure, 'the failure', 'failure.schema');
      return { outcome: 'done', send: (client) => client.activity.fail(target, ApplicationFailure.create(failure)) };
    }
    case 'heartbeat': {
      const details = JSON.parse(args[0]);
      return { outcome: 'done', send: (client) => client.activity.heartbeat(target, details) };
    }
    default:
      return { outcome: 'done', send: (client) => client.activity.reportCancellation(target) };
  }
}

/**
 * Path "signal": the workflow waits in its inbox; the reply is the signal the handle names, with
 * the one argument the contract's signalPayload describes.
 */
function signalReply(contract, activity, body) {
  const target = signalAddress(contract, activity, body);
  const [argument, schema] =
    action === 'complete'
      ? [args.length === 0 ? {} : { result: JSON.parse(args[0]) }, 'success']
      : [{ failure: { type: args[0], message: args[1] ?? '' } }, 'failure'];
  check(activity.signalPayload[schema], argument, 'the signal argument', `signalPayload.${schema}`);
  const send = async (client) => {
    try {
      await client.workflow.getHandle(target.workflowId, target.runId || undefined).signal(target.signal, argument);
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) {
        throw new Refused('the workflow run the handle names is no longer waiting (it has closed): nothing was delivered');
      }
      throw e;
    }
  };
  return { outcome: `delivered by signal ${target.signal}`, send };
}
