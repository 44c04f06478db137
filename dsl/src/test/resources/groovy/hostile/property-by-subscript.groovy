// expect: groovy-forbidden
template('x') {
    def c = this['class']
}
