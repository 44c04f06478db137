// expect: groovy-forbidden
template('x'.repeat(2147483647)) { version '1' }
