// expect: groovy-forbidden
def text = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'
template("${text.find('(a+)+c')}") { version '1' }
