// expect: groovy-forbidden groovy-compile
def name = 'evaluate'
template('x') { }
"$name"('System.exit(1)')
