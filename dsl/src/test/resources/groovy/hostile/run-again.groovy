// expect: groovy-forbidden
template('x') { version '1' }
this.run()
