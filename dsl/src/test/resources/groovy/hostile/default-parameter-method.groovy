// expect: groovy-forbidden
def f(x = 'touch @CREATED@'.execute().waitFor()) { 1 }
f()
template('x') { version '1' }
