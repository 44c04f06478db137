// expect: groovy-forbidden
template("${2.power(99999999)}") { version '1' }
