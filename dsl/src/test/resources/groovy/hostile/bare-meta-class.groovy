// expect: groovy-forbidden
def mc = metaClass
template('x') { version '1' }
