// expect: groovy-forbidden
template('x') { version '1'; 'touch @CREATED@'.tap { it.execute() } }
