import groovy.json.JsonSlurper

def contract = new JsonSlurper().parse(new File(basedir, 'api/target/handback/contract.json'))
assert contract.project.artifactId == 'api'
assert contract.activities*.activityType == ['Confirm']
assert contract.activities[0].taskQueue == 'orders'
assert new File(basedir, 'api/target/api-1.0-completer.jar').isFile()
// The worker declares no activity interface of its own: no contract there.
assert !new File(basedir, 'worker/target/handback').exists()
assert new File(basedir, 'worker/target/classes/com/example/orders/worker/OrderActivitiesImpl.class').isFile()
// The other team compiled against the completer jar alone.
assert new File(basedir, 'team-client/target/classes/com/example/team/SupplierDesk.class').isFile()
return true
