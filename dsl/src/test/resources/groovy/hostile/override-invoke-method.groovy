// expect: groovy-forbidden
def invokeMethod(String name, Object args) { null }
template('x') { }
