// expect: groovy-forbidden
template('x') { }
binding.setVariable('x', 1)
