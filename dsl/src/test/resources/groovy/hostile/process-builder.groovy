// expect: groovy-forbidden
template('x') {
    def p = new ProcessBuilder('touch', '/tmp/zhibiao-hostile-created')
    p.start()
}
