// expect: groovy-forbidden
def x = ('1e999999999' as BigDecimal) + 1
template('x') { version '1' }
