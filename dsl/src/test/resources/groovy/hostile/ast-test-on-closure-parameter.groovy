// expect: groovy-forbidden
def c = { @groovy.transform.ASTTest(value = { new File('@CREATED@').text = 'pwned' }) x -> x }
template('x') { version '1' }
