// expect: groovy-timeout groovy-resource
def rows = []
2000000000.times { n -> rows << "row$n".toString() }
template('x') { version '1' }
