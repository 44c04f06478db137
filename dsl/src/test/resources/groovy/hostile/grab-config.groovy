// expect: groovy-forbidden
@GrabConfig(systemClassLoader = true)
@Grab('org.apache.commons:commons-lang3:3.12.0')
def x = 1
template('x') { version '1' }
