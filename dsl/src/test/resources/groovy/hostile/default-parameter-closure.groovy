// expect: groovy-forbidden
def c = { x = 'touch @CREATED@'.execute().waitFor() -> 1 }
c()
template('x') { version '1' }
