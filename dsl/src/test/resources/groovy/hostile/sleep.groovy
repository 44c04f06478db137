// expect: groovy-forbidden
template('x') {
    sleep(600000)
}
