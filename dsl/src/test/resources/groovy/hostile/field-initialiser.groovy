// expect: groovy-forbidden
@groovy.transform.Field def x = 'touch @CREATED@'.execute().waitFor()
template('x') { version '1' }
