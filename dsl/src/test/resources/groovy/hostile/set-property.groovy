// expect: groovy-forbidden
this.setProperty('metaClass', null)
template('x') { version '1' }
