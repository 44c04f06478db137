// expect: groovy-forbidden
template('x') {
    def a = new long[Integer.MAX_VALUE]
}
