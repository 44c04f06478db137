// expect: groovy-forbidden
template('x') {
    def mc = 'x'.getMetaClass()
}
