import groovy.json.JsonSlurper
import java.util.jar.JarFile

File target = new File(basedir, 'target')
File json = new File(target, 'handback/contract.json')
assert json.isFile() : 'mvn package wrote no target/handback/contract.json'

def contract = new JsonSlurper().parse(json)
assert contract.contractVersion == 1
assert contract.activities*.activityType == ['Archive_IsArchived', 'Desk_Resolve', 'Desk_SignOff', 'Desk_Pick', 'Desk_Escalate']
def resolve = contract.activities[1]
assert resolve.path == 'completion'
assert resolve.signal == null
assert resolve.taskQueue == 'desk'
assert resolve.timeouts.startToClose == 'P3D'
assert resolve.timeouts.heartbeat == 'PT1H'
assert resolve.handle.prefix == 'hb1.DeskActivities.resolve.t.'
assert resolve.result.schema.properties.keySet() == ['answer', 'finalPriority', 'solved'] as Set
assert resolve.result.schema.properties.finalPriority.enum == ['LOW', 'HIGH']
assert resolve.result.schema.required == ['answer', 'finalPriority', 'solved'] : 'a record needs every component'
assert resolve.signalPayload == null
def signOff = contract.activities[2]
assert signOff.timeouts.startToClose == 'PT2H'
assert signOff.result.schema.type == 'null'
def pick = contract.activities[3]
assert pick.result.schema.type == 'array'
assert contract.handleFormat.decode.size() >= 4

// Path signal: what a non-Java sender needs, with no Java in sight.
def escalate = contract.activities[4]
assert escalate.path == 'signal'
assert escalate.signal == 'Desk_EscalateResult'
assert escalate.wait == 'P2D'
assert escalate.timeouts.startToClose == 'PT1M'
assert escalate.timeouts.heartbeat == null
assert escalate.handle.prefix == 'hb1.DeskActivities.escalate.s.'
assert escalate.handle.kind == 's'
assert escalate.operations == ['complete', 'fail']
assert escalate.signalPayload.description.contains("Send signal 'Desk_EscalateResult'")
assert escalate.signalPayload.success.properties.result.type == 'null'
assert !escalate.signalPayload.success.containsKey('required') : 'a void result may be left out'
assert escalate.signalPayload.success.additionalProperties == false
assert escalate.signalPayload.failure.required == ['failure']
assert escalate.signalPayload.failure.properties.failure.required == ['type', 'message']
assert contract.handleFormat.signalAddress.schema.required == ['workflowId', 'runId', 'signal']
assert contract.handleFormat.decode.any { it.startsWith('Kind s:') }
assert contract.paths.keySet() == ['completion', 'signal', 'polling'] as Set

// Path polling: listed, with nothing to send.
def archived = contract.activities[0]
assert archived.path == 'polling'
assert archived.handle == null
assert archived.operations == []
assert archived.signalPayload == null
assert archived.java == null : 'no completer replies to a polled method'
assert archived.retry.initialInterval == 'PT10M'
assert archived.timeouts.scheduleToClose == 'P7D'

String md = new File(target, 'handback/contract.md').getText('UTF-8')
assert md.contains('## Activity `Desk_Resolve`')
assert md.contains("decodeHandle(handle, 'hb1.DeskActivities.resolve.t.')")
assert md.contains('await client.activity.complete(taskToken, result);')
assert md.contains('client.get_async_activity_handle(task_token=')
assert md.contains('c.CompleteActivity(ctx, taskToken, result, nil)')
assert md.contains('temporal activity complete')
assert md.contains('DeskActivitiesCompleter.ResolveHandle.parse(handle)')

def section = { String type ->
  int start = md.indexOf("## Activity `${type}`")
  assert start >= 0 : "contract.md has no section for ${type}"
  int end = md.indexOf('\n## Activity ', start + 1)
  md.substring(start, end < 0 ? md.length() : end)
}
String signOffMd = section('Desk_SignOff')
assert signOffMd.contains('reply.complete();')
assert signOffMd.contains('await client.activity.complete(taskToken);')
String escalateMd = section('Desk_Escalate')
assert escalateMd.contains('| Signal | `Desk_EscalateResult` |')
assert escalateMd.contains('var reply = completer.escalate(DeskActivitiesCompleter.EscalateHandle.parse(handle));')
assert escalateMd.contains('reply.complete();')
assert escalateMd.contains("JSON.parse(Buffer.from(decodeHandle(handle, 'hb1.DeskActivities.escalate.s.')).toString('utf8'))")
assert escalateMd.contains("await workflow.signal(address.signal, {});  // address.signal is 'Desk_EscalateResult'")
assert escalateMd.contains('await handle.signal(address["signal"], {})')
assert escalateMd.contains('c.SignalWorkflow(ctx, address.WorkflowID, address.RunID, address.Signal, map[string]any{})')
assert escalateMd.contains("temporal workflow signal \"\${target[@]}\" --input '{}'")
assert !escalateMd.contains('client.activity.') : 'no activity-completion call on the signal path'
String archivedMd = section('Archive_IsArchived')
assert archivedMd.contains('Nothing through Temporal, and there is no handle')
assert archivedMd.contains('every `PT10M`')
assert !archivedMd.contains('decodeHandle')

File completer = new File(target, 'single-module-1.0-completer.jar')
assert completer.isFile() : 'mvn package wrote no completer jar'
def names = new JarFile(completer).withCloseable { jar -> jar.entries().collect { it.name } }
['DeskActivitiesCompleter', 'DeskActivitiesCompleter$ResolveHandle', 'DeskActivitiesCompleter$SignOffHandle',
 'DeskActivitiesCompleter$EscalateHandle', 'Ticket', 'Resolution', 'Priority'].each {
  assert names.contains("com/example/desk/${it}.class".toString()) : "completer jar lacks ${it}: ${names}"
}
['DeskActivitiesImpl', 'DeskActivitiesAsync', 'DeskActivitiesOptions', 'DeskActivitiesInbox', 'DeskActivitiesSignals',
 'ArchiveActivities', 'ArchiveActivitiesOptions'].each {
  assert !names.contains("com/example/desk/${it}.class".toString()) : "completer jar must not hold ${it}"
}
assert !names.any { it.startsWith('dev/handback/') || it.startsWith('io/temporal/') }

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Handback policy: 5 activities checked, no violation')
assert !log.contains('refers to classes outside this module')
return true
