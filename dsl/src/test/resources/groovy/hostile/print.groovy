// expect: groovy-forbidden
println 'hello'
template('x') { version '1' }
