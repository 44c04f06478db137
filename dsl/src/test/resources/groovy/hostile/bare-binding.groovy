// expect: groovy-forbidden
def b = binding
template('x') { version '1' }
