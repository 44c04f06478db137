// expect: groovy-forbidden
template('x') {
    def p = new ProcessBuilder('touch', '@CREATED@')
    p.start()
}
