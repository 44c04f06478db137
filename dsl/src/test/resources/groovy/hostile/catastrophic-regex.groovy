// expect: groovy-forbidden
def text = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'
template("${text ==~ /(a+)+c/}") { version '1' }
