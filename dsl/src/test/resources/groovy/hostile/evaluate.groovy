// expect: groovy-forbidden
evaluate('System.exit(1)')
template('x') { }
