// expect: groovy-forbidden
def x = true ? [1] : 'a'
template("${x['class']}") { version '1' }
