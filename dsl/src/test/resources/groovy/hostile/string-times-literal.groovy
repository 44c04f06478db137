// expect: groovy-forbidden
template('x' * 2147483647) { version '1' }
