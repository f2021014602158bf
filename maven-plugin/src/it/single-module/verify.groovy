import groovy.json.JsonSlurper
import java.util.jar.JarFile

File target = new File(basedir, 'target')
File json = new File(target, 'handback/contract.json')
assert json.isFile() : 'mvn package wrote no target/handback/contract.json'

def contract = new JsonSlurper().parse(json)
assert contract.contractVersion == 1
assert contract.activities*.activityType == ['Desk_Resolve', 'Desk_SignOff', 'Desk_Pick']
def resolve = contract.activities[0]
assert resolve.path == 'completion'
assert resolve.signal == null
assert resolve.taskQueue == 'desk'
assert resolve.timeouts.startToClose == 'P3D'
assert resolve.timeouts.heartbeat == 'PT1H'
assert resolve.handle.prefix == 'hb1.DeskActivities.resolve.t.'
assert resolve.result.schema.properties.keySet() == ['answer', 'finalPriority', 'solved'] as Set
assert resolve.result.schema.properties.finalPriority.enum == ['LOW', 'HIGH']
def signOff = contract.activities[1]
assert signOff.timeouts.startToClose == 'PT2H'
assert signOff.result.schema.type == 'null'
def pick = contract.activities[2]
assert pick.result.schema.type == 'array'
assert contract.handleFormat.decode.size() >= 4

String md = new File(target, 'handback/contract.md').getText('UTF-8')
assert md.contains('## Activity `Desk_Resolve`')
assert md.contains("decodeHandle(handle, 'hb1.DeskActivities.resolve.t.')")
assert md.contains('await client.activity.complete(taskToken, result);')
assert md.contains('client.get_async_activity_handle(task_token=')
assert md.contains('c.CompleteActivity(ctx, taskToken, result, nil)')
assert md.contains('temporal activity complete')
assert md.contains('DeskActivitiesCompleter.ResolveHandle.parse(handle)')

File completer = new File(target, 'single-module-1.0-completer.jar')
assert completer.isFile() : 'mvn package wrote no completer jar'
def names = new JarFile(completer).withCloseable { jar -> jar.entries().collect { it.name } }
['DeskActivitiesCompleter', 'DeskActivitiesCompleter$ResolveHandle', 'DeskActivitiesCompleter$SignOffHandle',
 'Ticket', 'Resolution', 'Priority'].each {
  assert names.contains("com/example/desk/${it}.class".toString()) : "completer jar lacks ${it}: ${names}"
}
['DeskActivitiesImpl', 'DeskActivitiesAsync', 'DeskActivitiesOptions'].each {
  assert !names.contains("com/example/desk/${it}.class".toString()) : "completer jar must not hold ${it}"
}
assert !names.any { it.startsWith('dev/handback/') || it.startsWith('io/temporal/') }

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Handback policy: 3 activities checked, no violation')
return true
