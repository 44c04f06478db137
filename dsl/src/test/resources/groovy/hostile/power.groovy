// expect: groovy-forbidden
template("${2**99999999}") { version '1' }
