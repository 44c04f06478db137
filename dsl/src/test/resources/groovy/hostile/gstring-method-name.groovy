// expect: groovy-forbidden
def name = 'execute'
template('x') { version '1'; 'touch @CREATED@'."$name"() }
