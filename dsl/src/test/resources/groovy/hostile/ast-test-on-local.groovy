// expect: groovy-forbidden
template('x') {
    @groovy.transform.ASTTest(value = { new File('@CREATED@').text = 'pwned' })
    def v = '1'
    version v
}
