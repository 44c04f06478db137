// expect: groovy-forbidden
template("${-> 'touch @CREATED@'.execute().waitFor()}") { version '1' }
