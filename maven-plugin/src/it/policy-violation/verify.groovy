String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Handback policy: com.example.policy.PolicyActivities.waitAWeek: startToClose P7D is longer than the PT1H allowed without a heartbeat timeout')
assert log.contains("Handback policy: com.example.policy.PolicyActivities.rogueQueue: task queue 'rogue' is not among the allowed task queues [approved]")
assert log.contains('2 Handback policy violation(s)')
assert !log.contains('PolicyActivities.quickAnswer:')
return true
