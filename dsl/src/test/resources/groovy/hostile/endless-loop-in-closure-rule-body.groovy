// expect: groovy-timeout
template('x') {
    version '1'
    10.times { while (true) { } }
}
