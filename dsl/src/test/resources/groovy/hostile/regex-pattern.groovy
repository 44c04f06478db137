// expect: groovy-forbidden
def p = ~/(a+)+c/
template('x') { version '1' }
