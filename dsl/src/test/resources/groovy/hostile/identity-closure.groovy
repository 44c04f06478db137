// expect: groovy-forbidden
identity { 'touch @CREATED@'.execute().waitFor() }
template('x') { version '1' }
