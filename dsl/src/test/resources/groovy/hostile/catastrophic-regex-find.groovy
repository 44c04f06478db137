// expect: groovy-forbidden
def text = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'
template("${(text =~ /(a+)+c/).find()}") { version '1' }
