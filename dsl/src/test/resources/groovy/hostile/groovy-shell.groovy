// expect: groovy-forbidden
template('x') {
    title new GroovyShell().evaluate('"pwned"').toString()
}
