// expect: groovy-forbidden
template("${(1..2147483647).sum()}") { version '1' }
