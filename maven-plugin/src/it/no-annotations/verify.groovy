File target = new File(basedir, 'target')
assert new File(target, 'no-annotations-1.0.jar').isFile() : 'the build did not package the project'
assert !new File(target, 'handback').exists() : 'a project without Handback models got target/handback'
assert !new File(target, 'no-annotations-1.0-completer.jar').exists() : 'a project without models got a completer jar'
assert !new File(target, 'classes/META-INF/handback').exists()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('no contract to write')
assert log.contains('no completer jar to build')
return true
