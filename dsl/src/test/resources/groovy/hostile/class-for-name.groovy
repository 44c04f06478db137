// expect: groovy-forbidden
template('x') {
    def rt = Class.forName('java.lang.Runtime')
}
