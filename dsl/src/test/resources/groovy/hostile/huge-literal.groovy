// expect: groovy-forbidden
template("${1e999999999 + 1}") { version '1' }
