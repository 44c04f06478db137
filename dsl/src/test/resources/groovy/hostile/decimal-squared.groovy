// expect: groovy-forbidden
def x = 1.1
40.times { x = x * x }
template('x') { version '1' }
