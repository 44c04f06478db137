// expect: groovy-forbidden groovy-compile
static { 'touch @CREATED@'.execute().waitFor() }
template('x') { version '1' }
