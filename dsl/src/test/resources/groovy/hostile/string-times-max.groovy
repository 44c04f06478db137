// expect: groovy-forbidden
template('x' * Integer.MAX_VALUE) { version '1' }
