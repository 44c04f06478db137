// expect: groovy-forbidden groovy-compile
String.metaClass.toUpperCase = { -> 'pwned' }
template('x') { }
