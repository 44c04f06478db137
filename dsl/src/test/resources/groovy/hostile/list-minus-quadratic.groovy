// expect: groovy-forbidden
def a = []
def b = []
100000.times { n -> a << n; b << -n }
template("${(a - b).size()}") { version '1' }
