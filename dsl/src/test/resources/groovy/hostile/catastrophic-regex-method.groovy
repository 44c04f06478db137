// expect: groovy-forbidden
def text = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'
template("${text.matches('(a+)+c')}") { version '1' }
