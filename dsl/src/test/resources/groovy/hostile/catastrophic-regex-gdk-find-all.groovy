// expect: groovy-forbidden
def text = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'
template("${text.findAll('(a+)+c')}") { version '1' }
