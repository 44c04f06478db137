// expect: groovy-forbidden
template('x') {
    def m = 'x'.getClass().getDeclaredMethods()
}
