// expect: groovy-forbidden
def o = new Object() { { 'touch @CREATED@'.execute().waitFor() } }
template('x') { version '1' }
