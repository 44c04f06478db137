// expect: groovy-forbidden
template('x') {
    Runtime.getRuntime().exec('rm @SENTINEL@')
}
