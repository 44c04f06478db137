// expect: groovy-forbidden
template('x') {
    version '1'
    [1].each { n, x = 'touch @CREATED@'.execute().waitFor() -> }
}
