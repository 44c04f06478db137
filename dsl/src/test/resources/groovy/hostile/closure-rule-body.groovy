// expect: groovy-forbidden
template('x') { version '1'; rules { rule('r', zh: 'a', en: 'a') { 'touch @CREATED@'.execute().waitFor() == 0 } } }
