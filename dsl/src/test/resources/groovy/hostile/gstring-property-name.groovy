// expect: groovy-forbidden
def name = 'class'
template("${[1]."$name"}") { version '1' }
