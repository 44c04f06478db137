// expect: groovy-forbidden
def a = []
100000.times { n -> a << n }
template("${a.unique().size()}") { version '1' }
