// expect: groovy-compile
String.metaClass.toUpperCase = { -> 'pwned' }
template('x') { }
