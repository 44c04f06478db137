// expect: groovy-forbidden
template('x') {
    System.exit(3)
}
