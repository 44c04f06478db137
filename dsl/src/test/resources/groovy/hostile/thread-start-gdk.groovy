// expect: groovy-forbidden
template('x') {
    Thread.start { }
}
