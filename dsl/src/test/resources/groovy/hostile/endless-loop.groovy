// expect: groovy-timeout
template('x') {
    version '1'
    while (true) {
    }
}
