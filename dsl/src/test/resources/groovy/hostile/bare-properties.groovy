// expect: groovy-forbidden
def p = properties
template("${p}") { version '1' }
