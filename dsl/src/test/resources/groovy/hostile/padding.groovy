// expect: groovy-forbidden
template('x'.padLeft(2147483647)) { version '1' }
