// expect: groovy-forbidden
template("${['x']*.execute()}") { version '1' }
