String log = new File(basedir, 'build.log').getText('UTF-8')
File target = new File(basedir, 'target')
String contract = new File(target, 'handback/contract.json').path
String markdown = new File(target, 'handback/contract.md').path
String jar = new File(target, 'rebuild-unchanged-1.0-completer.jar').path
// The first build writes each file once; the second finds each one up to date.
assert log.count('Wrote ' + contract) == 1 : log
assert log.count('Up to date: ' + contract) == 1 : log
assert log.count('Wrote ' + markdown) == 1
assert log.count('Up to date: ' + markdown) == 1
assert log.count('Wrote ' + jar) == 1
assert log.count('Up to date: ' + jar) == 1
return true
