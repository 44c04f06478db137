// expect: groovy-forbidden
template('x') { Runtime.runtime.exec('touch @CREATED@') }
