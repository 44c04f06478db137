// expect: groovy-forbidden
template(this.getProperty('binding').toString()) { version '1' }
