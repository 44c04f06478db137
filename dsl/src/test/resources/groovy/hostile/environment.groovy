// expect: groovy-forbidden
template('x') {
    title System.getenv('HOME')
}
