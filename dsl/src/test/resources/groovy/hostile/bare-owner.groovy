// expect: groovy-forbidden
template('x') { version '1'; level1(owner.toString()) { } }
