// expect: groovy-forbidden
template('x') {
    title 'file:///etc/passwd'.toURL().text
}
