// expect: groovy-forbidden
[1].each { def evaluate = { -> 1 } }
evaluate('new File("@CREATED@").text = 1')
template('x') { version '1' }
