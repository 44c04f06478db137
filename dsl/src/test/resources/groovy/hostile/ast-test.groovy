// expect: groovy-forbidden
@groovy.transform.ASTTest(phase = org.codehaus.groovy.control.CompilePhase.CONVERSION, value = {
    new File('@CREATED@').text = 'pwned'
})
def x = 1
template('x') { }
