import javax.xml.parsers.DocumentBuilderFactory

// A user's worker compiled with handback-processor alone in annotationProcessorPaths (README):
// javac ran with handback-processor and javapoet on the processor path and nothing else, while
// handback-annotations and temporal-sdk stayed on the class path, and the generated code compiled.
String log = new File(basedir, 'build.log').getText('UTF-8')
String options = log.readLines().find { it.startsWith('[DEBUG] -d ') }
assert options : 'build.log has no javac command line (maven-compiler-plugin logs it at DEBUG)'
List<String> args = options.substring('[DEBUG] '.length()).split(' ') as List

// The artifact ids of the jars after javac's flag, in order.
def artifacts = { String flag ->
  int at = args.indexOf(flag)
  assert at >= 0 : "javac ran without ${flag}: ${options}"
  args[at + 1].split(File.pathSeparator).findAll { it.endsWith('.jar') }
      .collect { new File(it).name.replaceFirst(/-\d[^-]*(-SNAPSHOT)?\.jar$/, '') }
}
List<String> processorPath = artifacts('-processorpath')
assert processorPath == ['handback-processor', 'javapoet'] : "javac's processor path: ${processorPath}"
List<String> classpath = artifacts('-classpath')
assert classpath.containsAll(['handback-annotations', 'temporal-sdk']) : classpath
assert !classpath.contains('handback-processor') : classpath

File classes = new File(basedir, 'target/classes/com/example/worker')
['ReviewActivitiesCompleter', 'ReviewActivitiesAsync', 'ReviewActivitiesOptions',
 'ReviewActivitiesInbox', 'ReviewActivitiesSignals', 'ReviewWorkflow$Impl', 'ReviewDesk'].each {
  assert new File(classes, "${it}.class").isFile() : "no ${it}.class: the worker did not compile"
}

// What the processor's POM declares for its users: javapoet alone at compile or run time (its
// other dependencies are for its build and tests), and its parent declares no dependency at all.
// The dependencies a POM declares directly under <project>, as {groupId, artifactId, scope, optional}.
def declared = { File file ->
  def project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file).documentElement
  def children = { node, String name ->
    (0..<node.childNodes.length).collect { node.childNodes.item(it) }.findAll { it.nodeName == name }
  }
  def text = { node, String name -> children(node, name).collect { it.textContent.trim() }.join('') }
  children(project, 'dependencies').collectMany { children(it, 'dependency') }.collect {
    [id: text(it, 'groupId') + ':' + text(it, 'artifactId'), scope: text(it, 'scope'),
     optional: text(it, 'optional') == 'true']
  }
}
File processorDir = new File(localRepositoryPath, 'dev/handback/handback-processor')
List<File> versions = processorDir.listFiles().findAll { it.isDirectory() }
assert versions.size() == 1 : "expected one installed handback-processor in ${processorDir}"
String version = versions[0].name
def processor = declared(new File(versions[0], "handback-processor-${version}.pom"))
def forUsers = processor.findAll { it.scope in ['', 'compile', 'runtime'] && !it.optional }*.id
assert forUsers == ['com.palantir.javapoet:javapoet'] : processor
assert processor.find { it.id == 'dev.handback:handback-annotations' }?.scope == 'test' : processor
def parent = declared(new File(localRepositoryPath,
    "dev/handback/handback-parent/${version}/handback-parent-${version}.pom"))
assert parent.isEmpty() : "handback-parent declares dependencies, which every module inherits: ${parent}"
return true
