// expect: groovy-forbidden
def args = ['touch @CREATED@']
template('x') { version '1'; evaluate(*args) }
