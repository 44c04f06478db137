// expect: groovy-forbidden
def f = this.&evaluate
template('x') { }
