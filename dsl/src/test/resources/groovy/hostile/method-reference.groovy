// expect: groovy-forbidden
def f = this::evaluate
template('x') { version '1' }
