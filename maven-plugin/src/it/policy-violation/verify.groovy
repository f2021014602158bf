String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> violations = [
  'com.example.policy.PolicyActivities.waitAWeek: startToClose P7D is longer than the PT1H allowed'
    + ' without a heartbeat timeout; set heartbeat or shorten startToClose',
  "com.example.policy.PolicyActivities.rogueQueue: task queue 'rogue' is not among the allowed"
    + ' task queues [approved]; set taskQueue to one of them',
]
// The build's failure names the count, then each violation on its own line, and nothing prints
// a violation a second time.
assert log.contains(':check (default) on project policy-violation: 2 Handback policy violations:') : log
violations.each { String violation ->
  assert log.contains("[ERROR]   ${violation}") : "no failure line for: ${violation}"
  assert log.count(violation) == 1 : "printed ${log.count(violation)} times: ${violation}"
}
assert !log.contains('PolicyActivities.quickAnswer')
return true
