// expect: groovy-forbidden
template('x') {
    def s = new Socket('127.0.0.1', 22)
}
